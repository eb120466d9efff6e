namespace Master.Query.Language;

/// <summary>Every diagnostic code of the DSL and what it means: the one table docs/query.md lists.</summary>
/// <remarks>DSL1xxx syntax, DSL2xxx semantic, DSL3xxx runtime (query-dsl.md, Diagnostic contract).</remarks>
internal static class DiagnosticCodes
{
    public const string UnexpectedEnd = "DSL1001";
    public const string MissingValue = "DSL1002";
    public const string MissingExpression = "DSL1003";
    public const string NotAWholeNumber = "DSL1004";
    public const string UnterminatedString = "DSL1005";
    public const string UnexpectedToken = "DSL1006";
    public const string MissingList = "DSL1007";
    public const string SymbolicOperator = "DSL1008";
    public const string BadEscape = "DSL1009";
    public const string UnknownOperation = "DSL1010";
    public const string UnknownUnit = "DSL1020";
    public const string ComparisonInSelector = "DSL1030";
    public const string TooLong = "DSL1040";
    public const string TooDeep = "DSL1041";

    public const string UnknownKind = "DSL2001";
    public const string UnknownField = "DSL2002";
    public const string UnknownFunction = "DSL2003";
    public const string WrongArguments = "DSL2004";
    public const string OperatorMismatch = "DSL2010";
    public const string ListOfLiterals = "DSL2011";
    public const string NotABool = "DSL2012";
    public const string UnitMismatch = "DSL2020";
    public const string CountOutOfRange = "DSL2021";
    public const string UnknownEnumValue = "DSL2022";
    public const string InvalidRegex = "DSL2023";
    public const string GroupWithoutAggregate = "DSL2031";
    public const string UnknownColumn = "DSL2032";
    public const string MatcherTypo = "DSL2033";
    public const string DuplicateColumn = "DSL2034";

    public const string ClusterOffline = "DSL3001";
    public const string NoSnapshot = "DSL3002";
    public const string EventTtl = "DSL3003";
    public const string TimeBudget = "DSL3004";
    public const string NoClusterMatched = "DSL3005";

    /// <summary>Code → what it means, for the documentation and the tests that keep it complete.</summary>
    public static IReadOnlyDictionary<string, string> Meanings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [UnexpectedEnd] = "the query ends too early, usually with a '(' or a string still open",
        [MissingValue] = "a matcher has no value",
        [MissingExpression] = "an expression is missing, for example after an operator",
        [NotAWholeNumber] = "limit and top need a whole number",
        [UnterminatedString] = "a string has no closing quote on its line",
        [UnexpectedToken] = "something stands where the grammar does not allow it",
        [MissingList] = "in and not in need a list in parentheses or brackets",
        [SymbolicOperator] = "&&, || and ! are written and, or and not",
        [BadEscape] = "a string holds an escape other than \\\" \\' \\\\ \\n \\t",
        [UnknownOperation] = "a stage name is unknown",
        [UnknownUnit] = "a number has a unit suffix the DSL does not know",
        [ComparisonInSelector] = "a comparison is written inside kind(...), where only matchers are allowed",
        [TooLong] = "the query is longer than 4,096 characters",
        [TooDeep] = "parentheses or brackets are nested more than 32 levels deep",
        [UnknownKind] = "the resource kind is unknown",
        [UnknownField] = "the field is unknown for the kind, or an unquoted word stands where text was meant",
        [UnknownFunction] = "the function is unknown",
        [WrongArguments] = "a function has the wrong number or type of arguments",
        [OperatorMismatch] = "the operator does not apply to the operand types",
        [ListOfLiterals] = "the items of an in-list must be literals",
        [NotABool] = "where, and, or and not need true-or-false conditions",
        [UnitMismatch] = "the literal's unit does not fit the field's type",
        [CountOutOfRange] = "the row count of limit or top must be a whole number from 1 to 100,000",
        [UnknownEnumValue] = "(warning) the value is not one of the field's known values",
        [InvalidRegex] = "the regular expression is invalid or uses backreferences or lookaround",
        [GroupWithoutAggregate] = "groupBy must be followed by count, sum, avg, min, max or aggregate",
        [UnknownColumn] = "after select or an aggregate, only the result's columns can be named",
        [MatcherTypo] = "a matcher key is close to a field name; it would otherwise have matched a label",
        [DuplicateColumn] = "two result columns have the same name",
        [ClusterOffline] = "(warning) the cluster is offline; the answer comes from its last snapshot",
        [NoSnapshot] = "(warning) the cluster has sent no snapshot yet",
        [EventTtl] = "(warning) the event window is longer than the event TTL of the API server",
        [TimeBudget] = "the query ran out of its time budget",
        [NoClusterMatched] = "(warning) no cluster matches the cluster matchers",
    };
}
