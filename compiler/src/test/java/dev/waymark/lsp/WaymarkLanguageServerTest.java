package dev.waymark.lsp;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The server driven the way an editor drives it: JSON-RPC over streams, through LSP4J's launcher. */
class WaymarkLanguageServerTest {
    static final String TEAMS = """
            team @shop "Shop" {
              members @dana
            }

            persona buyer "Buyer" {
              role "Gift buyer"
            }
            """;

    static final String CHECKOUT = """
            journey checkout "Checkout" {
              owner @shop
              reviewed 2026-11-01 by @dana
              personas buyer
              stage browse "Browse" {
                step land "Lands on the shop" {
                  emotion 1 "Curious" -> 2
                  pain slow "Pages load slowly" severity high
                  next pay
                }
              }
              stage buy "Buy" {
                owner @dana
                step pay "Pays" {
                  persona buyer
                  next end
                }
              }
              opportunity faster "Faster pages" {
                addresses slow
                owner @shop
              }
            }
            """;

    @TempDir
    Path root;
    LspHarness lsp;
    String teamsUri;
    String checkoutUri;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(root.resolve("teams.journey"), TEAMS);
        Files.writeString(root.resolve("checkout.journey"), CHECKOUT);
        teamsUri = root.resolve("teams.journey").toUri().toString();
        checkoutUri = root.resolve("checkout.journey").toUri().toString();
        lsp = LspHarness.start(root);
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
    }

    /** The 0-based line and UTF-16 column of the first occurrence of a needle, as an editor counts them. */
    static Position find(String text, String needle) {
        int index = text.indexOf(needle);
        assertThat(index).as(needle).isNotNegative();
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, index - (before.lastIndexOf('\n') + 1));
    }

    static Position after(String text, String needle) {
        Position p = find(text, needle);
        return new Position(p.getLine(), p.getCharacter() + needle.length());
    }

    /** The range of a word at the start of a longer, unique needle. */
    static Range word(String text, String needle, String word) {
        Position start = find(text, needle);
        return new Range(start, new Position(start.getLine(), start.getCharacter() + word.length()));
    }

    static Range rangeOf(String text, String needle) {
        return new Range(find(text, needle), after(text, needle));
    }

    @Test
    void aBrokenReferenceIsReportedWithZeroBasedRangeAndRuleCodeThenClearedWhenFixed() throws Exception {
        String broken = CHECKOUT.replace("next end", "next nowhere");
        lsp.open(checkoutUri, broken);
        List<Diagnostic> diagnostics = lsp.awaitDiagnostics(checkoutUri, ds -> ds.stream().anyMatch(d -> code(d).equals("unresolved-reference")));
        Diagnostic d = diagnostics.stream().filter(x -> code(x).equals("unresolved-reference")).findFirst().orElseThrow();
        assertThat(d.getRange()).isEqualTo(rangeOf(broken, "nowhere"));
        assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
        assertThat(d.getSource()).isEqualTo("waymark");
        assertThat(d.getMessage()).contains("no step `nowhere` in this journey");

        lsp.change(checkoutUri, CHECKOUT);
        lsp.awaitDiagnostics(checkoutUri, ds -> ds.stream().noneMatch(x -> code(x).equals("unresolved-reference")));
    }

    @Test
    void aFileThatBecomesCleanHasItsDiagnosticsCleared() throws Exception {
        String uri = root.resolve("ops.journey").toUri().toString();
        lsp.open(uri, "team @ops \"Ops\" {\n  members @lee\n");
        Diagnostic syntax = lsp.awaitDiagnostics(uri, ds -> !ds.isEmpty()).get(0);
        assertThat(code(syntax)).isEqualTo("syntax");

        lsp.change(uri, "team @ops \"Ops\" {\n  members @lee\n}\n");
        assertThat(lsp.awaitDiagnostics(uri, List::isEmpty)).isEmpty();
    }

    @Test
    void columnsAfterAnAstralCharacterAreCountedInUtf16Units() throws Exception {
        String broken = CHECKOUT.replace("step pay \"Pays\" {", "step pay \"\uD83D\uDE00\uD83D\uDE00 Pays\" { next nowhere").replace("      next end\n", "");
        lsp.open(checkoutUri, broken);
        Diagnostic d = lsp.awaitDiagnostics(checkoutUri, ds -> ds.stream().anyMatch(x -> code(x).equals("unresolved-reference")))
                .stream().filter(x -> code(x).equals("unresolved-reference")).findFirst().orElseThrow();
        // two emoji before it: 2 code points but 4 UTF-16 units
        assertThat(d.getRange()).isEqualTo(rangeOf(broken, "nowhere"));
        assertThat(d.getRange().getStart().getCharacter()).isEqualTo(broken.lines().filter(l -> l.contains("nowhere")).findFirst().orElseThrow().indexOf("nowhere"));
    }

    @Test
    void diagnosticsOfEveryFileInTheWorkspaceArePublishedWithoutOpeningIt() throws Exception {
        Files.writeString(root.resolve("late.journey"), "persona nobody-uses-me \"X\" {\n");
        String uri = root.resolve("late.journey").toUri().toString();
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of()));
        assertThat(lsp.awaitDiagnostics(uri, ds -> !ds.isEmpty())).extracting(WaymarkLanguageServerTest::code).contains("syntax");
    }

    @Test
    void definitionJumpsFromReferencesAndHandlesToTheDeclaration() throws Exception {
        lsp.open(checkoutUri, CHECKOUT);
        assertThat(definition(checkoutUri, after(CHECKOUT, "next pa")))
                .containsExactly(new Location(checkoutUri, word(CHECKOUT, "pay \"Pays\"", "pay")));
        assertThat(definition(checkoutUri, after(CHECKOUT, "personas b")))
                .containsExactly(new Location(teamsUri, rangeOf(TEAMS, "buyer")));
        assertThat(definition(checkoutUri, after(CHECKOUT, "addresses sl")))
                .containsExactly(new Location(checkoutUri, rangeOf(CHECKOUT, "slow")));
        List<Location> team = definition(checkoutUri, after(CHECKOUT, "owner @sh"));
        assertThat(team).hasSize(1);
        assertThat(team.get(0).getUri()).isEqualTo(teamsUri);
        assertThat(team.get(0).getRange().getStart().getLine()).isZero();
        // a person's handle leads to the team that lists them
        assertThat(definition(checkoutUri, after(CHECKOUT, "by @da")))
                .containsExactly(new Location(teamsUri, rangeOf(TEAMS, "@dana")));
        assertThat(definition(checkoutUri, find(CHECKOUT, "Checkout\""))).isEmpty();
    }

    @Test
    void aQualifiedReferenceLeadsIntoAnotherJourneyAndCompletesItsSteps() throws Exception {
        String uri = root.resolve("other.journey").toUri().toString();
        String other = "journey other \"Other\" {\n  owner @shop\n  stage s \"S\" {\n    step a \"A\" {\n      next checkout.pay\n    }\n  }\n}\n";
        lsp.open(uri, other);
        assertThat(definition(uri, after(other, "checkout.p")))
                .containsExactly(new Location(checkoutUri, word(CHECKOUT, "pay \"Pays\"", "pay")));
        assertThat(hover(uri, after(other, "checkout.p"))).contains("**Step** `pay`", "Journey `checkout`");
        assertThat(complete(uri, after(other, "next checkout."))).containsExactly("checkout.land", "checkout.pay");
    }

    @Test
    void referencesListEveryPlaceThatNamesTheElement() throws Exception {
        lsp.open(checkoutUri, CHECKOUT);
        assertThat(references(checkoutUri, find(CHECKOUT, "pay \"Pays\""), false))
                .containsExactly(new Location(checkoutUri, word(CHECKOUT, "pay\n", "pay")));
        assertThat(references(checkoutUri, after(CHECKOUT, "persona b"), true)).containsExactly(
                new Location(teamsUri, rangeOf(TEAMS, "buyer")),
                new Location(checkoutUri, word(CHECKOUT, "buyer\n  stage", "buyer")),
                new Location(checkoutUri, word(CHECKOUT, "buyer\n      next", "buyer")));
        assertThat(references(checkoutUri, after(CHECKOUT, "by @da"), false)).containsExactlyInAnyOrder(
                new Location(teamsUri, rangeOf(TEAMS, "@dana")),
                new Location(checkoutUri, word(CHECKOUT, "@dana\n", "@dana")),
                new Location(checkoutUri, word(CHECKOUT, "@dana\n    step", "@dana")));
    }

    @Test
    void aQuickFixChangesAMisspelledNameToTheClosestDeclaredOne() throws Exception {
        String typos = CHECKOUT.replace("next pay", "next pai").replace("persona buyer", "persona buyr").replace("addresses slow", "addresses slo")
                .replace("owner @dana", "owner @dan");
        lsp.open(checkoutUri, typos);
        List<Diagnostic> diagnostics = lsp.awaitDiagnostics(checkoutUri, ds -> ds.stream().anyMatch(d -> code(d).equals("unresolved-reference")));
        assertThat(quickFix(checkoutUri, after(typos, "next p"), diagnostics)).isEqualTo(new TextEdit(word(typos, "pai\n", "pai"), "pay"));
        assertThat(quickFix(checkoutUri, after(typos, "persona b"), diagnostics)).isEqualTo(new TextEdit(rangeOf(typos, "buyr"), "buyer"));
        assertThat(quickFix(checkoutUri, after(typos, "addresses s"), diagnostics)).isEqualTo(new TextEdit(word(typos, "slo\n", "slo"), "slow"));
        assertThat(quickFix(checkoutUri, after(typos, "owner @d"), diagnostics)).isEqualTo(new TextEdit(word(typos, "@dan\n", "@dan"), "@dana"));
        assertThat(quickFix(checkoutUri, find(typos, "land"), diagnostics)).as("nothing to fix on a declaration").isNull();

        var actions = lsp.server.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(checkoutUri),
                new Range(after(typos, "next p"), after(typos, "next p")), new org.eclipse.lsp4j.CodeActionContext(diagnostics))).get(60, TimeUnit.SECONDS);
        assertThat(actions.get(0).getRight().getTitle()).isEqualTo("Change to `pay`");
        assertThat(actions.get(0).getRight().getDiagnostics()).extracting(WaymarkLanguageServerTest::code).containsExactly("unresolved-reference");
    }

    @Test
    void hoverSummarisesAStepWithItsEffectiveOwnerEmotionAndPains() throws Exception {
        lsp.open(checkoutUri, CHECKOUT);
        String land = hover(checkoutUri, find(CHECKOUT, "land"));
        assertThat(land).contains("**Step** `land`: Lands on the shop", "Owner: `@shop` (inherited from the journey)",
                "Emotion: 1 \"Curious\" → 2", "`slow`: Pages load slowly (high)");
        String pay = hover(checkoutUri, after(CHECKOUT, "next p"));
        assertThat(pay).contains("**Step** `pay`: Pays", "Owner: `@dana` (inherited from the stage)", "stage `buy`");
        assertThat(hover(checkoutUri, after(CHECKOUT, "persona b"))).contains("**Persona** `buyer`: Buyer", "Role: Gift buyer");
        assertThat(hover(checkoutUri, after(CHECKOUT, "owner @s"))).contains("**Team** `@shop`: Shop", "Members: `@dana`");
    }

    @Test
    void documentSymbolsNestJourneysStagesStepsAndOpportunities() throws Exception {
        lsp.open(checkoutUri, CHECKOUT);
        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = lsp.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(checkoutUri))).get(60, TimeUnit.SECONDS);
        assertThat(symbols).hasSize(1);
        DocumentSymbol journey = symbols.get(0).getRight();
        assertThat(journey.getName()).isEqualTo("checkout");
        assertThat(journey.getSelectionRange()).isEqualTo(rangeOf(CHECKOUT, "checkout"));
        assertThat(journey.getChildren()).extracting(DocumentSymbol::getName).containsExactly("browse", "buy", "faster");
        DocumentSymbol land = journey.getChildren().get(0).getChildren().get(0);
        assertThat(land.getName()).isEqualTo("land");
        assertThat(land.getDetail()).isEqualTo("Lands on the shop");
        assertThat(land.getChildren()).extracting(DocumentSymbol::getName).containsExactly("slow");
    }

    @Test
    void workspaceSymbolsFindElementsOfEveryFileByIdOrTitle() throws Exception {
        var result = lsp.server.getWorkspaceService().symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams("SHOP")).get(60, TimeUnit.SECONDS);
        List<org.eclipse.lsp4j.WorkspaceSymbol> found = List.copyOf(result.getRight());
        assertThat(found).extracting(org.eclipse.lsp4j.WorkspaceSymbol::getName).containsExactly("land", "@shop");
        assertThat(found.get(0).getContainerName()).isEqualTo("browse");
        assertThat(found.get(0).getLocation().getLeft()).isEqualTo(new Location(checkoutUri, word(CHECKOUT, "land \"", "land")));
    }

    @Test
    void formattingReplacesTheDocumentWithTheCanonicalLayoutUnlessItHasSyntaxErrors() throws Exception {
        String uri = root.resolve("messy.journey").toUri().toString();
        String messy = "team @x \"X\" {members @a}\n\uD83D\uDE00";
        lsp.open(uri, "team @x \"X\" {members @a}");
        List<TextEdit> edits = format(uri);
        assertThat(edits).containsExactly(new TextEdit(new Range(new Position(0, 0), new Position(0, 24)), "team @x \"X\" {\n  members @a\n}\n"));

        lsp.change(uri, messy);
        assertThat(format(uri)).isEmpty();
        lsp.change(uri, "team @x \"X\" {\n  members @a\n}\n");
        assertThat(format(uri)).isEmpty();
    }

    @Test
    void completionOffersIdsAfterNextAndAddressesHandlesAfterOwnerAndKeywordsAtLineStart() throws Exception {
        String typing = CHECKOUT.replace("      next end\n", "      next \n      owner \n      \n");
        lsp.open(checkoutUri, typing);
        assertThat(complete(checkoutUri, after(typing, "      next "))).contains("land", "pay", "end").doesNotContain("slow", "browse");
        assertThat(complete(checkoutUri, after(typing, "      owner "))).contains("@shop", "@dana");
        assertThat(complete(checkoutUri, after(typing, "addresses "))).contains("slow", "land", "pay", "browse");
        assertThat(complete(checkoutUri, after(typing, "      persona "))).containsExactly("buyer");
        Position blank = new Position(find(typing, "      owner \n").getLine() + 1, 6);
        assertThat(complete(checkoutUri, blank)).contains("emotion", "next", "pain").doesNotContain("stage", "journey");
        assertThat(complete(checkoutUri, new Position(0, 0))).containsExactly("journey", "persona", "team");
    }

    @Test
    void completionOffersOtherJourneysAfterExpandsAndThePartsOfValue() throws Exception {
        String typing = CHECKOUT.replace("      next end\n", "      expands \n      value \n      value customer 40% \n");
        lsp.open(root.resolve("paying.journey").toUri().toString(), "journey paying {\n  stage s {\n    step a\n  }\n}\n");
        lsp.open(checkoutUri, typing);
        assertThat(complete(checkoutUri, after(typing, "      expands "))).as("other journeys, not its own").containsExactly("paying");
        assertThat(complete(checkoutUri, after(typing, "      value "))).containsExactly("customer");
        assertThat(complete(checkoutUri, after(typing, "value customer 40% "))).containsExactly("business");
        Position blank = new Position(find(typing, "      expands \n").getLine(), 6);
        assertThat(complete(checkoutUri, blank)).contains("expands", "dropoff");
    }

    @Test
    void badRequestsGetEmptyAnswersAndTheServerKeepsWorking() throws Exception {
        String nowhere = "file:///does/not/exist.journey";
        assertThat(definition(nowhere, new Position(3, 4))).isEmpty();
        assertThat(hover(nowhere, new Position(0, 0))).isNull();
        lsp.open("untitled:Untitled-1", "\u0000\uFFFF journey {{{ \"unterminated");
        assertThat(lsp.awaitDiagnostics("untitled:Untitled-1", ds -> !ds.isEmpty())).extracting(WaymarkLanguageServerTest::code).contains("syntax");
        assertThat(definition("untitled:Untitled-1", new Position(99, 99))).isEmpty();
        lsp.open(checkoutUri, CHECKOUT);
        assertThat(hover(checkoutUri, find(CHECKOUT, "land"))).contains("`land`");
    }

    private List<Location> definition(String uri, Position at) throws Exception {
        var result = lsp.server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri), at))
                .get(60, TimeUnit.SECONDS);
        return List.copyOf(result.getLeft());
    }

    private List<Location> references(String uri, Position at, boolean withDeclaration) throws Exception {
        var params = new org.eclipse.lsp4j.ReferenceParams(new TextDocumentIdentifier(uri), at, new org.eclipse.lsp4j.ReferenceContext(withDeclaration));
        return List.copyOf(lsp.server.getTextDocumentService().references(params).get(60, TimeUnit.SECONDS));
    }

    /** The single edit of the quick fix at a position, or null when there is none. */
    private TextEdit quickFix(String uri, Position at, List<Diagnostic> diagnostics) throws Exception {
        var actions = lsp.server.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(at, at), new org.eclipse.lsp4j.CodeActionContext(diagnostics))).get(60, TimeUnit.SECONDS);
        if (actions.isEmpty()) return null;
        assertThat(actions).hasSize(1);
        List<TextEdit> edits = actions.get(0).getRight().getEdit().getChanges().get(uri);
        assertThat(edits).hasSize(1);
        return edits.get(0);
    }

    private String hover(String uri, Position at) throws Exception {
        Hover h = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at)).get(60, TimeUnit.SECONDS);
        return h == null ? null : h.getContents().getRight().getValue();
    }

    private List<TextEdit> format(String uri) throws Exception {
        return List.copyOf(lsp.server.getTextDocumentService().formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri),
                new FormattingOptions(2, true))).get(60, TimeUnit.SECONDS));
    }

    private List<String> complete(String uri, Position at) throws Exception {
        var result = lsp.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), at))
                .get(60, TimeUnit.SECONDS);
        return result.getLeft().stream().map(CompletionItem::getLabel).toList();
    }

    static String code(Diagnostic d) {
        return d.getCode() == null ? "" : d.getCode().getLeft();
    }
}
