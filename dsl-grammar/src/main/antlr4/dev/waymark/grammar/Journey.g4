/*
 * The .journey language (see ../shared/spec/LANGUAGE.md and docs/language.md).
 *
 * Keywords are reserved only where the grammar needs them: `ident` accepts every keyword,
 * so a step may be called `owner` or `next`. The grammar has no recursive rule, so parse
 * depth is bounded whatever the input (100,000 nested braces cannot overflow the stack).
 * Comments go to channel 2 (a combined grammar cannot name channels) so that the formatter
 * and suppressions can read them; whitespace goes to the hidden channel.
 */
grammar Journey;

// ---------------------------------------------------------------- files and declarations

file        : declaration* EOF ;

declaration : team | persona | journey ;

team        : TEAM HANDLE title? LBRACE teamItem* RBRACE ;
teamItem    : MEMBERS HANDLE (COMMA HANDLE)*                    # teamMembers
            | ESCALATES_TO HANDLE                               # teamEscalation
            | DESCRIPTION text                                  # teamDescription
            | extraProperty                                     # teamExtra
            ;

persona     : PERSONA ident title? LBRACE personaItem* RBRACE ;
personaItem : DESCRIPTION text                                  # personaDescription
            | ROLE text                                         # personaRole
            | AGE (range | number)                              # personaAge
            | SEGMENT text                                      # personaSegment
            | GOAL text                                         # personaGoal
            | FRUSTRATION text                                  # personaFrustration
            | QUOTE text                                        # personaQuote
            | extraProperty                                     # personaExtra
            ;

journey     : JOURNEY ident title? LBRACE journeyItem* RBRACE ;
journeyItem : DESCRIPTION text                                  # journeyDescription
            | owner                                             # journeyOwner
            | REVIEWED DATE (BY HANDLE)?                        # journeyReviewed
            | REVIEW EVERY DURATION                             # journeyReviewEvery
            | STATE ident                                       # journeyState
            | TAGS ident (COMMA ident)*                         # journeyTags
            | OBJECTIVE text                                    # journeyObjective
            | PERSONAS ident (COMMA ident)*                     # journeyPersonas
            | metric                                            # journeyMetric
            | stage                                             # journeyStage
            | opportunity                                       # journeyOpportunity
            | extraProperty                                     # journeyExtra
            ;

stage       : STAGE ident title? LBRACE stageItem* RBRACE ;
stageItem   : DESCRIPTION text                                  # stageDescription
            | owner                                             # stageOwner
            | GOAL text                                         # stageGoal
            | step                                              # stageStep
            | extraProperty                                     # stageExtra
            ;

step        : STEP ident title? (LBRACE stepItem* RBRACE)? ;
stepItem    : DESCRIPTION text                                  # stepDescription
            | PERSONA ident (COMMA ident)*                      # stepPersonas
            | CHANNEL ident                                     # stepChannel
            | TOUCHPOINT ident                                  # stepTouchpoint
            | LANE ident                                        # stepLane
            | owner                                             # stepOwner
            | EMOTION number text? (ARROW number)?              # stepEmotion
            | THOUGHT text                                      # stepThought
            | PAIN ident? text painAttribute*                   # stepPain
            | MOMENT_OF_TRUTH text                              # stepMomentOfTruth
            | IMPORTANCE score+                                 # stepImportance
            | PERFORMANCE score+                                # stepPerformance
            | metric                                            # stepMetric
            | EVIDENCE text                                     # stepEvidence
            | NEXT nextTarget (COMMA nextTarget)*               # stepNext
            | DROPOFF PERCENT text?                             # stepDropoff
            | EXPANDS ident                                     # stepExpands
            | extraProperty                                     # stepExtra
            ;

painAttribute : SEVERITY ident                                  # painSeverity
              | CATEGORY ident                                  # painCategory
              ;
score       : (CUSTOMER | INTERNAL) number ;
valuePart   : (CUSTOMER | BUSINESS) measure ;
nextTarget  : END                                               # nextEnd
            | reference PERCENT?                                # nextStep
            ;

opportunity : OPPORTUNITY ident title? LBRACE opportunityItem* RBRACE ;
opportunityItem
            : DESCRIPTION text                                  # opportunityDescription
            | ADDRESSES reference (COMMA reference)*            # opportunityAddresses
            | owner                                             # opportunityOwner
            | EFFORT DURATION                                   # opportunityEffort
            | DUE DATE                                          # opportunityDue
            | STATUS ident                                      # opportunityStatus
            | IMPACT ident FROM measure TO measure              # opportunityImpact
            | VALUE valuePart+                                  # opportunityValue
            | extraProperty                                     # opportunityExtra
            ;

// ---------------------------------------------------------------- shared pieces

owner         : OWNER HANDLE ;
metric        : METRIC ident EQUALS measure (TARGET measure)? ;
extraProperty : EXTRA_NAME value ;
value         : text | measure | DATE | DURATION | HANDLE | range | ident ;
measure       : number | PERCENT ;
number        : NUMBER ;
range         : NUMBER DOTDOT NUMBER ;
reference     : ident (DOT ident)? ;
title         : text ;
text          : STRING | BLOCK_STRING ;

ident : IDENT | EXTRA_NAME
      | TEAM | MEMBERS | ESCALATES_TO | DESCRIPTION | PERSONA | ROLE | AGE | SEGMENT | GOAL
      | FRUSTRATION | QUOTE | JOURNEY | OWNER | REVIEWED | BY | REVIEW | EVERY | STATE | TAGS
      | OBJECTIVE | PERSONAS | METRIC | TARGET | STAGE | STEP | CHANNEL | TOUCHPOINT | LANE
      | EMOTION | THOUGHT | PAIN | SEVERITY | CATEGORY | MOMENT_OF_TRUTH | IMPORTANCE
      | PERFORMANCE | CUSTOMER | INTERNAL | EVIDENCE | NEXT | END | DROPOFF | OPPORTUNITY
      | ADDRESSES | EFFORT | DUE | STATUS | IMPACT | FROM | TO | EXPANDS | VALUE | BUSINESS
      ;

// ---------------------------------------------------------------- lexer

TEAM            : 'team' ;
MEMBERS         : 'members' ;
ESCALATES_TO    : 'escalates-to' ;
DESCRIPTION     : 'description' ;
PERSONA         : 'persona' ;
ROLE            : 'role' ;
AGE             : 'age' ;
SEGMENT         : 'segment' ;
GOAL            : 'goal' ;
FRUSTRATION     : 'frustration' ;
QUOTE           : 'quote' ;
JOURNEY         : 'journey' ;
OWNER           : 'owner' ;
REVIEWED        : 'reviewed' ;
BY              : 'by' ;
REVIEW          : 'review' ;
EVERY           : 'every' ;
STATE           : 'state' ;
TAGS            : 'tags' ;
OBJECTIVE       : 'objective' ;
PERSONAS        : 'personas' ;
METRIC          : 'metric' ;
TARGET          : 'target' ;
STAGE           : 'stage' ;
STEP            : 'step' ;
CHANNEL         : 'channel' ;
TOUCHPOINT      : 'touchpoint' ;
LANE            : 'lane' ;
EMOTION         : 'emotion' ;
THOUGHT         : 'thought' ;
PAIN            : 'pain' ;
SEVERITY        : 'severity' ;
CATEGORY        : 'category' ;
MOMENT_OF_TRUTH : 'moment-of-truth' ;
IMPORTANCE      : 'importance' ;
PERFORMANCE     : 'performance' ;
CUSTOMER        : 'customer' ;
INTERNAL        : 'internal' ;
EVIDENCE        : 'evidence' ;
NEXT            : 'next' ;
END             : 'end' ;
DROPOFF         : 'dropoff' ;
OPPORTUNITY     : 'opportunity' ;
ADDRESSES       : 'addresses' ;
EFFORT          : 'effort' ;
DUE             : 'due' ;
STATUS          : 'status' ;
IMPACT          : 'impact' ;
FROM            : 'from' ;
TO              : 'to' ;
EXPANDS         : 'expands' ;
VALUE           : 'value' ;
BUSINESS        : 'business' ;

LBRACE  : '{' ;
RBRACE  : '}' ;
COMMA   : ',' ;
EQUALS  : '=' ;
ARROW   : '->' ;
DOTDOT  : '..' ;
DOT     : '.' ;

// Before NUMBER and IDENT: longest match picks these for `2026-10-15`, `90d`, `12.5%`.
DATE     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
DURATION : DIGIT+ [hdwmy] ;
PERCENT  : SIGN? DIGIT+ ('.' DIGIT+)? '%' ;
NUMBER   : SIGN? DIGIT+ ('.' DIGIT+)? ;

HANDLE     : '@' HANDLE_PART ('/' HANDLE_PART)? ;
EXTRA_NAME : 'x-' [A-Za-z0-9_-]* ;
IDENT      : [A-Za-z_] [A-Za-z0-9_-]* ;

// Ends at the first closing """ (or */), else at the end of the file: an unterminated block is
// reported by the parser's token scan. (A separate `.*? EOF` error token would win by longest
// match over a properly closed block followed by more text.)
BLOCK_STRING : '"""' .*? ('"""' | EOF) ;
STRING       : '"' (ESCAPE | ~["\\\r\n])* '"' ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(2) ;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(2) ;
WS            : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Error tokens: the lexer never fails; these reach the parser, which reports them as
// `syntax` diagnostics with a precise location and a plain message.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\\r\n])* ;
// Common mistakes, each lexed whole so that syntax/LexicalRepairs and syntax/Repairs can name
// it and read it as meant: text in typographic quotes, a date not written YYYY-MM-DD, and an id
// with characters outside a-z, A-Z, 0-9, `_`, `-` (`stöbern` is one bad id, not `st` + `ö` + `bern`).
// Each is longer than, or defined after, the valid tokens it could be confused with.
SMART_STRING : [\u201C\u201D\u201E] ~[\u201C\u201D"\r\n]* [\u201C\u201D"]
             | [\u2018\u2019\u201A] ~[\u2018\u2019'"\r\n]* [\u2018\u2019'] ;
BAD_DATE     : DIGIT DIGIT DIGIT DIGIT [-/.] DIGIT DIGIT? [-/.] DIGIT DIGIT?
             | DIGIT DIGIT? [-/.] DIGIT DIGIT? [-/.] DIGIT DIGIT DIGIT DIGIT ;
BAD_IDENT    : [\p{L}_] ([\p{L}\p{M}\p{N}_-] | [\u00A0\u2007\u202F]+ [\p{L}\p{M}\p{N}_-])* ;
UNKNOWN_CHAR        : . ;

fragment DIGIT       : [0-9] ;
fragment SIGN        : [+-] ;
fragment HANDLE_PART : [A-Za-z0-9] [A-Za-z0-9_.-]* ;
fragment ESCAPE      : '\\' ( ["\\nt] | 'u{' [0-9A-Fa-f]+ '}' | . ) ;
