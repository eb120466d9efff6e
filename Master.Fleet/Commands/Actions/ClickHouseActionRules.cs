namespace Master.Fleet.Commands.Actions;

/// <summary>
/// The ClickHouse query actions of §9.2. The agent reads their params from the raw map: a string param that is
/// not a JSON string reads as absent, and an unknown <c>sub_action</c> fails; the first sub-action is the default.
/// </summary>
internal static class ClickHouseActionRules
{
    private const string NoTarget = "a query takes its filters from params";

    private static readonly ParamRule Since = ParamRule.Duration("since");
    private static readonly ParamRule StartTime = ParamRule.Time("start_time");
    private static readonly ParamRule EndTime = ParamRule.Time("end_time");
    private static readonly ParamRule Limit = ParamRule.LooseInteger("limit", 1);
    private static readonly ParamRule Service = ParamRule.String("service");
    private static readonly ParamRule RequiredService = ParamRule.String("service", required: true);
    private static readonly ParamRule NodeName = ParamRule.String("node_name", required: true);

    private static readonly IReadOnlyList<ParamRule> Window = [Since, StartTime, EndTime];

    private static readonly IReadOnlyList<ParamRule> LogFilters =
        [ParamRule.String("query"), Service, ParamRule.String("level"), ParamRule.String("scope")];

    public static IReadOnlyList<ActionRule> All { get; } =
    [
        WithSubActions("query_traces",
            new("list_traces",
            [
                Service, ParamRule.String("operation"), ParamRule.Number("min_duration_ms", 0), Limit, ParamRule.String("sort"),
                ParamRule.String("status_code"), ParamRule.String("method"), .. Window,
            ]),
            new("list_services", Window),
            new("get_topology", Window),
            new("list_operations", Window),
            new("http_stats", [RequiredService, .. Window]),
            new("db_stats", [RequiredService, .. Window]),
            new("service_series", [RequiredService, Since])),
        new("query_trace_detail", TargetRule.None(NoTarget), [ParamRule.String("trace_id", required: true)])
        {
            OtherKeys = [ActionRule.SubActionKey],
            CrossCheck = RefuseSubAction,
        },
        WithSubActions("query_logs",
            // The agent runs the list for any sub_action but histogram; "list" names that default here.
            new("list",
            [
                .. LogFilters, ParamRule.String("trace_id"), ParamRule.String("span_id"), Limit,
                ParamRule.LooseInteger("offset", 0), .. Window,
            ]),
            new("histogram", [.. LogFilters, .. Window])),
        WithSubActions("query_metrics",
            new("get_summary", []),
            new("list_all", []),
            new("get_node", [NodeName]),
            new("get_series", [NodeName, ParamRule.String("metric", required: true), Since]),
            new("get_history", [NodeName, Since])),
        WithSubActions("query_slo",
            new("get_summary", []),
            new("list_ingress", [Since]),
            new("list_service", [Since]),
            new("list_edges", [Since]),
            new("get_time_series", [ParamRule.String("name", required: true), Since])),
    ];

    private static ActionRule WithSubActions(string name, params SubActionRule[] subActions) =>
        new(name, TargetRule.None(NoTarget), []) { SubActions = subActions, CrossCheck = CheckWindow };

    /// <summary>A time window whose end precedes its start selects nothing; the operator surely meant otherwise.</summary>
    private static void CheckWindow(ActionRequest request, Problems problems)
    {
        if (request.Params.GetString("start_time") is { } start && Rfc3339.TryParse(start, out var from)
            && request.Params.GetString("end_time") is { } end && Rfc3339.TryParse(end, out var to) && to < from)
        {
            problems.Add("params.end_time", $"end_time must not be before start_time; got {Shown.Text(end)} "
                + $"before {Shown.Text(start)}");
        }
    }

    private static void RefuseSubAction(ActionRequest request, Problems problems)
    {
        if (request.Params.TryGet(ActionRule.SubActionKey, out var value)
            && !(value.ValueKind == System.Text.Json.JsonValueKind.String && value.GetString()!.Length == 0))
        {
            problems.Add("params.sub_action", $"query_trace_detail has no sub_action (the agent would ignore it and return "
                + $"the trace); got {Shown.Json(value)}");
        }
    }
}
