// The .obl language: lexer and parser in one combined grammar.
// The C# parser is generated at build time (see grammar/README.md); nothing generated is checked in.
grammar Obl;

// ---------------------------------------------------------------- files

compilationUnit : moduleDecl? importDecl* declaration* EOF ;

moduleDecl : MODULE qualifiedName ;
importDecl : IMPORT qualifiedName ;
qualifiedName : identifier ('.' identifier)* ;

declaration
    : enumDecl
    | recordDecl
    | factDecl
    | partyDecl
    | defineDecl
    | thresholdDecl
    | triggerDecl
    | measureDecl
    | ruleDecl
    | consequenceDecl
    ;

citation : SOURCE STRING ;

// Normative strength of a rule or criterion (settled, emerging, proposed, best_practice, contested).
strength : STRENGTH identifier citation? ;

// ---------------------------------------------------------------- data

enumDecl   : ENUM identifier ORDERED? citation? '{' (enumMember (',' enumMember)* ','?)? '}' ;
enumMember : identifier citation? ;

recordDecl : RECORD identifier citation? '{' fieldDecl* '}' ;
fieldDecl  : identifier ':' typeRef citation? ;

factDecl   : FACT identifier ':' typeRef citation? ;
partyDecl  : PARTY identifier STRING? citation? ;
defineDecl : DEFINE identifier (':' typeRef)? citation? '=' expr ;

typeRef
    : SET OF typeRef                    # setType
    | MONEY currency=identifier?        # moneyType
    | identifier                        # namedType
    ;

// ---------------------------------------------------------------- rules

thresholdDecl : THRESHOLD identifier citation? quantifier=(ANY | ALL) OF? '{' criterion* '}' ;
criterion     : CRITERION identifier ':' expr citation? strength? ;

triggerDecl   : TRIGGER identifier citation? WHEN expr ;

measureDecl   : MEASURE identifier STRING? citation? '{' measureClause* '}' ;
measureClause
    : DONE WHEN expr (ON expr)?                               # doneClause
    | INCOMPATIBLE WITH identifier (',' identifier)*          # incompatibleClause
    | strength                                                # measureStrengthClause
    ;

ruleDecl : kind=(OBLIGATION | PROHIBITION | PERMISSION) identifier citation? '{' ruleClause* '}' ;
ruleClause
    : HOLDER identifier                                       # holderClause
    | WHEN expr citation?                                     # whenClause
    | STANDING                                                # standingClause
    | MUST NOT? identifier                                    # mustClause
    | MAY identifier                                          # mayClause
    | WITHIN expr (AFTER expr)?                               # withinClause
    | UNLESS expr citation?                                   # unlessClause
    | OVERRIDES identifier BECAUSE reason=identifier STRING?  # overridesClause
    | strength                                                # strengthClause
    | OWED TO identifier                                      # owedToClause
    ;

consequenceDecl : CONSEQUENCE identifier citation? '{' consequenceClause* '}' ;
consequenceClause
    : KIND identifier                                         # kindClause
    | ON BREACH OF (ANY | identifier (',' identifier)*)       # onBreachClause
    | WHEN expr citation?                                     # conditionClause
    | ON NOT_MET OF (ANY | identifier (',' identifier)*)      # onNotMetClause
    | strength                                                # consequenceStrengthClause
    | OWED TO identifier                                      # consequenceOwedToClause
    ;

// ---------------------------------------------------------------- expressions

expr
    : primary                                                 # primaryExpr
    | expr '.' identifier                                     # memberExpr
    | '-' expr                                                # negateExpr
    | expr op=('*' | '/') expr                                # multiplicativeExpr
    | expr op=('+' | '-') expr                                # additiveExpr
    | expr op=('=' | '!=' | '<' | '<=' | '>' | '>=') expr     # comparisonExpr
    | expr NOT? IN expr                                       # membershipExpr
    | NOT expr                                                # notExpr
    | expr AND expr                                           # andExpr
    | expr OR expr                                            # orExpr
    ;

primary
    : literal                                                 # literalPrimary
    | identifier                                              # namePrimary
    | NOW                                                     # nowPrimary
    | '(' expr ')'                                            # parenPrimary
    | '{' (expr (',' expr)*)? '}'                             # setPrimary
    | MATCH expr? '{' matchArm* '}'                           # matchPrimary
    ;

matchArm
    : pattern '=>' expr ','? ;

pattern
    : WHEN expr                                               # guardPattern
    | ELSE                                                    # elsePattern
    | expr ('|' expr)*                                        # valuePattern
    ;

literal
    : NUMBER unit=identifier?                                 # numberLiteral
    | STRING                                                  # stringLiteral
    | DATE                                                    # dateLiteral
    | (TRUE | FALSE)                                          # boolLiteral
    ;

// Clause words that cannot start an expression double as names, so rule authors can call a fact `breach`
// or a field `kind`; everything else in the keyword list is reserved.
identifier
    : IDENT | BREACH | KIND | HOLDER | STANDING | DONE | ORDERED | CRITERION | INCOMPATIBLE | WITH | AFTER | BECAUSE | ON | STRENGTH | NOT_MET | OWED | TO
    ;

// ---------------------------------------------------------------- lexer

MODULE : 'module' ;      IMPORT : 'import' ;       ENUM : 'enum' ;          ORDERED : 'ordered' ;
RECORD : 'record' ;      FACT : 'fact' ;           PARTY : 'party' ;        DEFINE : 'define' ;
SET : 'set' ;            OF : 'of' ;               SOURCE : 'source' ;      THRESHOLD : 'threshold' ;
ANY : 'any' ;            ALL : 'all' ;             CRITERION : 'criterion' ; TRIGGER : 'trigger' ;
WHEN : 'when' ;          MEASURE : 'measure' ;     DONE : 'done' ;          ON : 'on' ;
INCOMPATIBLE : 'incompatible' ;                    WITH : 'with' ;          OBLIGATION : 'obligation' ;
PROHIBITION : 'prohibition' ;                      PERMISSION : 'permission' ;
HOLDER : 'holder' ;      STANDING : 'standing' ;   MUST : 'must' ;          MAY : 'may' ;
NOT : 'not' ;            WITHIN : 'within' ;       AFTER : 'after' ;        UNLESS : 'unless' ;
OVERRIDES : 'overrides' ; BECAUSE : 'because' ;    CONSEQUENCE : 'consequence' ;
KIND : 'kind' ;          BREACH : 'breach' ;       MATCH : 'match' ;        ELSE : 'else' ;
AND : 'and' ;            OR : 'or' ;               IN : 'in' ;              TRUE : 'true' ;
FALSE : 'false' ;        NOW : 'now' ;           MONEY : 'money' ;
STRENGTH : 'strength' ;  NOT_MET : 'not_met' ;  OWED : 'owed' ;        TO : 'to' ;

LBRACE : '{' ;  RBRACE : '}' ;  LPAREN : '(' ;  RPAREN : ')' ;  COMMA : ',' ;  DOT : '.' ;
COLON : ':' ;   ARROW : '=>' ;  BAR : '|' ;     PLUS : '+' ;    MINUS : '-' ;  STAR : '*' ;
SLASH : '/' ;   EQ : '=' ;      NEQ : '!=' ;    LT : '<' ;      LE : '<=' ;    GT : '>' ;    GE : '>=' ;

DATE   : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ('T' DIGIT DIGIT ':' DIGIT DIGIT (':' DIGIT DIGIT)? 'Z'?)? ;
NUMBER : DIGIT (DIGIT | '_')* ('.' DIGIT (DIGIT | '_')*)? ;
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
// The lexer reads UTF-16 code units, so a letter outside the Basic Multilingual Plane (`𝔘`) arrives as a
// surrogate pair; the pair is accepted here and checked to be a letter or digit when tokens are classified.
IDENT  : ([\p{L}_] | SURROGATE_PAIR) ([\p{L}\p{N}_] | SURROGATE_PAIR)* ;

DOC_COMMENT   : '///' ~[\r\n]* -> channel(2) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n\u000C]+ -> channel(HIDDEN) ;

// Never fail in the lexer: malformed text goes to channel 3, where the syntax builder reports it precisely.
UNTERMINATED_STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* -> type(STRING) ;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(3) ;
ERROR_CHAR           : . -> channel(3) ;

fragment DIGIT : [0-9] ;
fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF] ;
