package dev.waymark.lsp;

import com.google.gson.JsonObject;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.waymark.lsp.WaymarkLanguageServerTest.CHECKOUT;
import static dev.waymark.lsp.WaymarkLanguageServerTest.TEAMS;
import static dev.waymark.lsp.WaymarkLanguageServerTest.find;
import static dev.waymark.lsp.WaymarkLanguageServerTest.rangeOf;
import static dev.waymark.lsp.WaymarkLanguageServerTest.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rename, folding, document links and `waymark/preview`, through a real LSP4J client. */
class LspFeaturesTest {
    static final String OTHER = """
            journey other "Other" {
              owner @shop
              stage s "S" {
                step a "A" {
                  evidence "https://research.example.com/interviews/2026?id=7"
                  evidence "Interviews 2026, n=12"
                  next checkout.pay
                }
              }
            }
            """;

    @TempDir
    Path root;
    LspHarness lsp;
    String teamsUri;
    String checkoutUri;
    String otherUri;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(root.resolve("teams.journey"), TEAMS);
        Files.writeString(root.resolve("checkout.journey"), CHECKOUT);
        Files.writeString(root.resolve("other.journey"), OTHER);
        teamsUri = root.resolve("teams.journey").toUri().toString();
        checkoutUri = root.resolve("checkout.journey").toUri().toString();
        otherUri = root.resolve("other.journey").toUri().toString();
        lsp = LspHarness.start(root);
        lsp.open(checkoutUri, CHECKOUT);
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
    }

    private WorkspaceEdit rename(String uri, Position at, String newName) throws Exception {
        return lsp.server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), at, newName)).get(30, TimeUnit.SECONDS);
    }

    private static Map<String, List<TextEdit>> edits(WorkspaceEdit e) {
        return e.getChanges();
    }

    private static TextEdit edit(String text, String needle, String word, String newText) {
        return new TextEdit(word(text, needle, word), newText);
    }

    @Test
    void renamingAStepChangesItsDeclarationAndEveryReferenceInEveryFile() throws Exception {
        WorkspaceEdit e = rename(checkoutUri, find(CHECKOUT, "pay \"Pays\""), "settle");
        assertThat(edits(e)).containsOnlyKeys(checkoutUri, otherUri);
        assertThat(edits(e).get(checkoutUri)).containsExactlyInAnyOrder(
                edit(CHECKOUT, "pay \"Pays\"", "pay", "settle"), edit(CHECKOUT, "pay\n", "pay", "settle"));
        // `checkout.pay`: only the step's part changes
        Position qualified = find(OTHER, "checkout.pay");
        assertThat(edits(e).get(otherUri)).containsExactly(new TextEdit(new Range(new Position(qualified.getLine(), qualified.getCharacter() + 9),
                new Position(qualified.getLine(), qualified.getCharacter() + 12)), "settle"));
        // the same from a reference
        assertThat(edits(rename(otherUri, find(OTHER, "pay\n"), "settle")).get(checkoutUri)).hasSize(2);
    }

    @Test
    void renamingAJourneyChangesTheJourneyPartOfQualifiedReferences() throws Exception {
        WorkspaceEdit e = rename(checkoutUri, find(CHECKOUT, "checkout \"Checkout\""), "purchase");
        assertThat(edits(e).get(checkoutUri)).containsExactly(edit(CHECKOUT, "checkout \"Checkout\"", "checkout", "purchase"));
        assertThat(edits(e).get(otherUri)).containsExactly(edit(OTHER, "checkout.pay", "checkout", "purchase"));
    }

    @Test
    void renamingAHandleChangesItEverywhereItIsWritten() throws Exception {
        WorkspaceEdit e = rename(checkoutUri, find(CHECKOUT, "@dana\n"), "dana-k");
        assertThat(edits(e).get(teamsUri)).containsExactly(new TextEdit(rangeOf(TEAMS, "@dana"), "@dana-k"));
        assertThat(edits(e).get(checkoutUri)).containsExactlyInAnyOrder(
                edit(CHECKOUT, "@dana\n", "@dana", "@dana-k"), edit(CHECKOUT, "@dana\n    step", "@dana", "@dana-k"));
        // a team: its declaration and every owner line
        WorkspaceEdit team = rename(checkoutUri, find(CHECKOUT, "@shop"), "@store");
        assertThat(edits(team).get(teamsUri)).containsExactly(new TextEdit(rangeOf(TEAMS, "@shop"), "@store"));
        assertThat(edits(team).get(checkoutUri)).hasSize(2);
        assertThat(edits(team).get(otherUri)).hasSize(1);
    }

    @Test
    void prepareRenameGivesTheNameAndRefusesKeywordsAndText() throws Exception {
        var ok = lsp.server.getTextDocumentService().prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(checkoutUri),
                find(CHECKOUT, "land \"Lands"))).get(30, TimeUnit.SECONDS);
        assertThat(ok.getSecond().getRange()).isEqualTo(word(CHECKOUT, "land \"Lands", "land"));
        assertThat(ok.getSecond().getPlaceholder()).isEqualTo("land");
        assertThat(refusal(() -> lsp.server.getTextDocumentService().prepareRename(new PrepareRenameParams(
                new TextDocumentIdentifier(checkoutUri), find(CHECKOUT, "stage browse"))).get(30, TimeUnit.SECONDS)))
                .isEqualTo("`stage` is a keyword of the language; only ids and handles can be renamed");
        assertThat(refusal(() -> lsp.server.getTextDocumentService().prepareRename(new PrepareRenameParams(
                new TextDocumentIdentifier(checkoutUri), find(CHECKOUT, "Curious"))).get(30, TimeUnit.SECONDS)))
                .isEqualTo("`Curious` is not an id or a handle; only those can be renamed");
    }

    @Test
    void aRenameToAnInvalidOrTakenNameIsRefusedWithTheReason() throws Exception {
        Position pay = find(CHECKOUT, "pay \"Pays\"");
        assertThat(refusal(() -> rename(checkoutUri, pay, "9lives"))).contains("`9lives` is not a valid id");
        assertThat(refusal(() -> rename(checkoutUri, pay, "stage"))).contains("`stage` is a keyword");
        assertThat(refusal(() -> rename(checkoutUri, pay, "land"))).contains("`land` is already the id of another element of journey `checkout`");
        assertThat(refusal(() -> rename(checkoutUri, find(CHECKOUT, "@dana\n"), "@shop"))).contains("`@shop` is already");
    }

    @Test
    void foldingRangesCoverEveryBlockButLeaveTheClosingBraceVisible() throws Exception {
        List<FoldingRange> ranges = lsp.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(
                new TextDocumentIdentifier(checkoutUri))).get(30, TimeUnit.SECONDS);
        int last = (int) CHECKOUT.lines().count() - 1;
        assertThat(ranges).extracting(r -> r.getStartLine() + "-" + r.getEndLine())
                .contains("0-" + (last - 1))                                       // the journey
                .contains(find(CHECKOUT, "stage browse").getLine() + "-" + (find(CHECKOUT, "stage buy").getLine() - 2)) // a stage
                .contains(find(CHECKOUT, "step land").getLine() + "-" + (find(CHECKOUT, "next pay").getLine()))         // a step
                .contains(find(CHECKOUT, "opportunity").getLine() + "-" + (find(CHECKOUT, "owner @shop\n  }").getLine())); // an opportunity
    }

    @Test
    void evidenceThatIsAWebAddressIsALink() throws Exception {
        lsp.open(otherUri, OTHER);
        List<DocumentLink> links = lsp.server.getTextDocumentService().documentLink(new DocumentLinkParams(new TextDocumentIdentifier(otherUri)))
                .get(30, TimeUnit.SECONDS);
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.getTarget()).isEqualTo("https://research.example.com/interviews/2026?id=7");
            assertThat(l.getRange()).isEqualTo(rangeOf(OTHER, "https://research.example.com/interviews/2026?id=7"));
        });
    }

    @Test
    void thePreviewRequestReturnsTheMapOfTheJourneyAsSvg() throws Exception {
        JsonObject params = new JsonObject();
        params.addProperty("uri", checkoutUri);
        JsonObject result = lsp.preview(params);
        assertThat(result.get("journey").getAsString()).isEqualTo("checkout");
        assertThat(result.get("title").getAsString()).isEqualTo("Checkout");
        assertThat(result.get("svg").getAsString()).startsWith("<?xml").contains("<svg ", "Lands on the shop", "wm-checkout-title");
        params.addProperty("journey", "nope");
        assertThat(refusal(() -> lsp.preview(params))).isEqualTo("no journey `nope` in checkout.journey");
    }

    interface Call {
        Object run() throws Exception;
    }

    private static String refusal(Call call) {
        try {
            call.run();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ResponseErrorException.class);
            return e.getCause().getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }
}
