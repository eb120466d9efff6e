using System.Text.Json;
using Master.Fleet.Commands.Actions;

namespace Master.Fleet.Tests.Commands;

/// <summary>
/// The per-action validation of command requests (agent-protocol §9, §11.7): the spec's samples pass, and every
/// request the agent would fail, misread, clamp or silently default is refused under the field at fault.
/// </summary>
public sealed class CommandActionsTests
{
    private const string Sha = "816fe189f59f07080e2f1facd5c9e48d44826db9d1211f0c8db4e310b9237059";

    // The sample poll replies of §4.4, §9.5 and §11.7, verbatim.
    private const string ScaleSample = """
        {"hasCommand":true,"command":{"id":"d2c6e0a4-7b1f-4f2e-8c3d-5a6b7c8d9e0f","clusterId":"4b0d6c8e-2f3a-4e61-9a57-0c1d2e3f4a5b","action":"scale","kind":"Deployment","namespace":"shop","name":"api","params":{"replicas":3},"source":"web","createdBy":"alice","createdAt":"2025-06-12T06:05:41.3310972Z"}}
        """;

    private const string GetLogsSample = """
        {"hasCommand":true,"command":{"id":"a8e1c3f5-2b4d-4c6e-9f80-1a2b3c4d5e6f","clusterId":"4b0d6c8e-2f3a-4e61-9a57-0c1d2e3f4a5b","action":"get_logs","kind":"Pod","namespace":"shop","name":"api-5c8d7f9b4-qm2lp","params":{"container":"api","tailLines":50,"sinceSeconds":600},"source":"web","createdAt":"2025-06-12T06:10:00Z"}}
        """;

    private const string ApplyConfigSample = """
        {"hasCommand":true,"command":{"id":"c41f6e2d-8a9b-4c0d-9e1f-2a3b4c5d6e7f","clusterId":"4b0d6c8e-2f3a-4e61-9a57-0c1d2e3f4a5b","action":"apply_config","params":{"name":"agent-defaults","version":7,"hash":"816fe189f59f07080e2f1facd5c9e48d44826db9d1211f0c8db4e310b9237059","contentType":"yaml","rawConfig":"logLevel: info\nsnapshotInterval: 10s\n"},"source":"config","createdBy":"alice","createdAt":"2025-06-12T06:20:00Z"}}
        """;

    [Test]
    public void The_accepted_actions_are_those_of_the_spec_in_its_order()
    {
        CommandActions.Names.Should().Equal(
            "scale", "restart", "update_image", "delete", "cordon", "uncordon", "get_logs", "get_configmap", "get_secret",
            "dynamic", "apply_manifests", "query_traces", "query_trace_detail", "query_logs", "query_metrics", "query_slo",
            "apply_config");
    }

    [TestCase(ScaleSample)]
    [TestCase(GetLogsSample)]
    [TestCase(ApplyConfigSample)]
    public void Every_sample_command_of_the_spec_validates_clean(string pollReply)
    {
        using var document = JsonDocument.Parse(pollReply);
        var command = document.RootElement.GetProperty("command");
        string? Text(string name) => command.TryGetProperty(name, out var value) ? value.GetString() : null;
        JsonElement? parameters = command.TryGetProperty("params", out var p) ? p : null;

        CommandActions.Validate(Text("action")!, Text("kind"), Text("namespace"), Text("name"), parameters).Should().BeEmpty();
    }

    [TestCase("scale", "Deployment", "shop", "api", """{"replicas":0}""")]
    [TestCase("scale", null, "shop", "api", """{"replicas":2147483647,"note":"unknown keys are ignored"}""")]
    [TestCase("restart", "Deployment", "shop", "api", null)]
    [TestCase("restart", null, "shop", "api", "{}")]
    [TestCase("update_image", "Deployment", "shop", "api", """{"image":"registry.corp/api:1.4.2","container":"api"}""")]
    [TestCase("delete", "Pod", "shop", "api-5c8d7f9b4-qm2lp", """{"gracePeriodSeconds":0,"force":true}""")]
    [TestCase("delete", "Pod", "shop", "api-5c8d7f9b4-qm2lp", null)]
    [TestCase("cordon", "Node", null, "node-1", null)]
    [TestCase("uncordon", null, null, "node-1", "null")]
    [TestCase("get_logs", null, "shop", "api-0", """{"tailLines":1,"timestamps":false,"previous":true,"container":""}""")]
    [TestCase("get_logs", "Pod", "shop", "api-0", """{"tailLines":200,"sinceSeconds":1}""")]
    [TestCase("get_configmap", "ConfigMap", "shop", "api-config", null)]
    [TestCase("get_secret", "Secret", "shop", "api-tls", null)]
    [TestCase("dynamic", null, "shop", "api", """{"command":"get","kind":"Deployment"}""")]
    [TestCase("dynamic", "Pod", "shop", null, """{"command":"list","kind":"Pod","label_selector":"app=api"}""")]
    [TestCase("dynamic", null, null, "node-1", """{"command":"describe","kind":"Node"}""")]
    [TestCase("dynamic", null, null, null, """{"command":"list","kind":"HPA"}""")]
    [TestCase("dynamic", null, "shop", null, """{"command":"get_events","involved_kind":"Pod","involved_name":"api-0"}""")]
    [TestCase("apply_manifests", null, null, null, """{"manifests":"apiVersion: v1\nkind: ConfigMap\n"}""")]
    [TestCase("query_traces", null, null, null, null)]
    [TestCase("query_traces", null, null, null,
        """{"service":"api","min_duration_ms":12.5,"limit":"20","since":"1h30m","sort":"duration","status_code":"500"}""")]
    [TestCase("query_traces", null, null, null, """{"sub_action":"http_stats","service":"api","since":900}""")]
    [TestCase("query_traces", null, null, null, """{"sub_action":"service_series","service":"api","since":"60m"}""")]
    [TestCase("query_traces", null, null, null,
        """{"sub_action":"get_topology","start_time":"2025-06-12T06:00:00Z","end_time":"2025-06-12T14:30:00.5+08:00"}""")]
    [TestCase("query_trace_detail", null, null, null, """{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}""")]
    [TestCase("query_logs", null, null, null, """{"query":"timeout","level":"ERROR","limit":50,"offset":"0"}""")]
    [TestCase("query_logs", null, null, null, """{"sub_action":"histogram","service":"api","since":"15m"}""")]
    [TestCase("query_logs", null, null, null, """{"sub_action":"list","limit":1}""")]
    [TestCase("query_metrics", null, null, null, """{"sub_action":""}""")]
    [TestCase("query_metrics", null, null, null, """{"sub_action":"get_series","node_name":"node-1","metric":"cpu","since":"30m"}""")]
    [TestCase("query_metrics", null, null, null, """{"sub_action":"get_history","node_name":"node-1","since":"168h"}""")]
    [TestCase("query_slo", null, null, null, """{"sub_action":"list_edges","since":"5m"}""")]
    [TestCase("query_slo", null, null, null, """{"sub_action":"get_time_series","name":"checkout"}""")]
    public void A_well_formed_request_of_each_action_validates_clean(
        string action, string? kind, string? @namespace, string? name, string? parameters)
    {
        Validate(action, kind, @namespace, name, parameters).Should().BeEmpty();
    }

    [TestCase("delete_pod")]
    [TestCase("exec")]
    [TestCase("drain")]
    [TestCase("")]
    [TestCase("scale ")]
    [TestCase("apply")]
    public void An_unknown_action_is_refused_with_the_accepted_ones(string action)
    {
        var problems = Validate(action, "Pod", "shop", "api", null);

        problems.Keys.Should().Equal("action");
        problems["action"].Should().Contain($"\"{action}\"").And.Contain("scale, restart, update_image").And.Contain("apply_config");
    }

    [Test]
    public void Action_names_are_case_sensitive_and_the_message_suggests_the_spelling()
    {
        var problems = Validate("Scale", "Deployment", "shop", "api", """{"replicas":3}""");

        problems["action"].Should().Contain("\"Scale\"").And.Contain("did you mean scale?");
    }

    [TestCase("[1,2]")]
    [TestCase("3")]
    [TestCase("\"replicas=3\"")]
    [TestCase("true")]
    public void Params_that_are_not_an_object_are_refused(string parameters)
    {
        var problems = Validate("scale", "Deployment", "shop", "api", parameters);

        problems.Keys.Should().Equal("params");
        problems["params"].Should().Contain("must be a JSON object").And.Contain("got " + parameters);
    }

    [TestCase("scale", "target.name")]
    [TestCase("restart", "target.name")]
    [TestCase("update_image", "target.name")]
    [TestCase("get_logs", "target.name")]
    [TestCase("delete", "target.name")]
    [TestCase("cordon", "target.name")]
    [TestCase("uncordon", "target.name")]
    [TestCase("get_configmap", "target.name")]
    [TestCase("get_secret", "target.name")]
    [TestCase("scale", "target.namespace")]
    [TestCase("restart", "target.namespace")]
    [TestCase("update_image", "target.namespace")]
    [TestCase("get_logs", "target.namespace")]
    [TestCase("delete", "target.namespace")]
    [TestCase("get_configmap", "target.namespace")]
    [TestCase("get_secret", "target.namespace")]
    public void An_action_on_one_object_needs_its_name_and_a_namespaced_one_its_namespace(string action, string field)
    {
        var parameters = """{"replicas":1,"image":"api:2","container":"api"}""";
        var kind = action == "delete" ? "Pod" : null;
        var name = field == "target.name" ? null : "api";
        var @namespace = field == "target.namespace" ? "" : "shop";

        var problems = Validate(action, kind, @namespace, name, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain($"{field} is required for {action}");
    }

    [TestCase("cordon")]
    [TestCase("uncordon")]
    public void A_node_action_needs_no_namespace(string action)
    {
        Validate(action, null, "", "node-1", null).Should().BeEmpty();
    }

    [TestCase(null, "target.kind is required for delete and must be Pod")]
    [TestCase("pod", "must be exactly Pod; got \"pod\"")]
    [TestCase("Deployment", "must be exactly Pod; got \"Deployment\"")]
    public void Delete_deletes_only_pods_and_needs_the_kind_Pod_exactly(string? kind, string expected)
    {
        var problems = Validate("delete", kind, "shop", "api-0", null);

        problems.Keys.Should().Equal("target.kind");
        problems["target.kind"].Should().Contain(expected);
    }

    [TestCase("scale", "StatefulSet", "Deployment")]
    [TestCase("restart", "DaemonSet", "Deployment")]
    [TestCase("get_logs", "Deployment", "Pod")]
    [TestCase("cordon", "Pod", "Node")]
    [TestCase("get_configmap", "Secret", "ConfigMap")]
    [TestCase("get_secret", "ConfigMap", "Secret")]
    public void A_kind_the_action_would_not_act_on_is_refused(string action, string kind, string actedOn)
    {
        var problems = Validate(action, kind, "shop", "api", """{"replicas":1}""");

        problems.Keys.Should().Equal("target.kind");
        problems["target.kind"].Should().Contain($"acts only on a {actedOn}").And.Contain($"got \"{kind}\"");
    }

    [TestCase("name", "my api")]
    [TestCase("name", "api\n")]
    [TestCase("namespace", "shop\u0000")]
    [TestCase("namespace", " ")]
    public void A_target_name_with_whitespace_or_control_characters_is_refused(string part, string value)
    {
        var problems = Validate("restart", null, part == "namespace" ? value : "shop", part == "name" ? value : "api", null);

        problems.Keys.Should().Equal("target." + part);
        problems["target." + part].Should().Contain("1 to 253 characters without whitespace or control characters");
    }

    [Test]
    public void A_target_name_may_be_253_characters_but_not_254()
    {
        Validate("restart", null, "shop", new string('a', 253), null).Should().BeEmpty();

        Validate("restart", null, "shop", new string('a', 254), null)["target.name"].Should().Contain("(254 characters)");
    }

    [TestCase("apply_manifests", """{"manifests":"kind: ConfigMap"}""")]
    [TestCase("query_logs", null)]
    [TestCase("apply_config", null)]
    public void An_action_without_a_target_refuses_one_rather_than_ignore_it(string action, string? parameters)
    {
        var problems = Validate(action, "ConfigMap", "shop", "api", parameters);

        problems.Should().ContainKeys("target.kind", "target.namespace", "target.name");
        problems["target.namespace"].Should().Contain($"{action} takes no target").And.Contain("got \"shop\"");
    }

    [TestCase("0")]
    [TestCase("2147483647")]
    [TestCase("-0")]
    public void Replicas_from_0_to_2147483647_are_accepted(string replicas)
    {
        Validate("scale", "Deployment", "shop", "api", $$"""{"replicas":{{replicas}}}""").Should().BeEmpty();
    }

    [TestCase("-1")]
    [TestCase("2147483648")]
    [TestCase("1.5")]
    [TestCase("3.0")]
    [TestCase("1e2")]
    [TestCase("\"3\"")]
    [TestCase("true")]
    [TestCase("[3]")]
    public void Replicas_outside_the_range_or_not_a_json_integer_are_refused(string replicas)
    {
        var problems = Validate("scale", "Deployment", "shop", "api", $$"""{"replicas":{{replicas}}}""");

        problems.Keys.Should().Equal("params.replicas");
        problems["params.replicas"].Should().Be($"replicas must be a whole number from 0 to 2147483647; got {replicas}");
    }

    [TestCase(null)]
    [TestCase("{}")]
    [TestCase("""{"replicas":null}""")]
    public void Scale_without_replicas_is_refused_since_the_agent_would_scale_to_zero(string? parameters)
    {
        Validate("scale", "Deployment", "shop", "api", parameters)["params.replicas"]
            .Should().Be("replicas is required: a whole number from 0 to 2147483647");
    }

    [TestCase("0")]
    [TestCase("201")]
    [TestCase("-5")]
    [TestCase("\"50\"")]
    [TestCase("50.5")]
    public void Tail_lines_outside_1_to_200_are_refused_instead_of_being_clamped(string tailLines)
    {
        var problems = Validate("get_logs", "Pod", "shop", "api-0", $$"""{"tailLines":{{tailLines}}}""");

        problems.Keys.Should().Equal("params.tailLines");
        problems["params.tailLines"].Should().StartWith("tailLines must be a whole number from 1 to 200")
            .And.Contain("silently clamp").And.EndWith("; got " + tailLines);
    }

    [TestCase("get_logs", """{"sinceSeconds":0}""", "params.sinceSeconds", "at least 1")]
    [TestCase("get_logs", """{"sinceSeconds":"10m"}""", "params.sinceSeconds", "not a duration string")]
    [TestCase("get_logs", """{"sinceSeconds":9007199254740992}""", "params.sinceSeconds", "at most 9007199254740991")]
    [TestCase("get_logs", """{"container":7}""", "params.container", "got 7")]
    [TestCase("get_logs", """{"container":"api sidecar"}""", "params.container", "without whitespace")]
    [TestCase("get_logs", """{"timestamps":"true"}""", "params.timestamps", "true or false; got \"true\"")]
    [TestCase("get_logs", """{"previous":1}""", "params.previous", "true or false; got 1")]
    [TestCase("delete", """{"gracePeriodSeconds":-1}""", "params.gracePeriodSeconds", "at least 0")]
    [TestCase("delete", """{"gracePeriodSeconds":"30"}""", "params.gracePeriodSeconds", "got \"30\"")]
    [TestCase("delete", """{"force":"yes"}""", "params.force", "true or false; got \"yes\"")]
    public void A_kubernetes_param_of_the_wrong_type_or_range_is_refused(
        string action, string parameters, string field, string expected)
    {
        var problems = Validate(action, "Pod", "shop", "api-0", parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [TestCase("""{"container":"api"}""", "params.image", "image is required")]
    [TestCase("""{"image":"","container":"api"}""", "params.image", "image is required")]
    [TestCase("""{"image":"api: 2","container":"api"}""", "params.image", "got \"api: 2\"")]
    [TestCase("""{"image":42,"container":"api"}""", "params.image", "got 42")]
    [TestCase("""{"image":"api:2"}""", "params.container", "container is required")]
    [TestCase("""{"image":"api:2","container":""}""", "params.container", "container is required")]
    public void Update_image_needs_both_the_image_and_the_container(string parameters, string field, string expected)
    {
        var problems = Validate("update_image", "Deployment", "shop", "api", parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [TestCase(null, "manifests is required")]
    [TestCase("""{"manifests":""}""", "manifests is required")]
    [TestCase("""{"manifests":" \n "}""", "at least one YAML or JSON document")]
    [TestCase("""{"manifests":{"kind":"ConfigMap"}}""", "got {\"kind\":\"ConfigMap\"}")]
    public void Apply_manifests_needs_a_non_empty_manifest_string(string? parameters, string expected)
    {
        Validate("apply_manifests", null, null, null, parameters)["params.manifests"].Should().Contain(expected);
    }

    [TestCase("""{"kind":"Pod"}""", null, "params.command", "command is required: one of get, describe, list, get_events")]
    [TestCase("""{"command":"delete","kind":"Pod"}""", "shop", "params.command", "got \"delete\"")]
    [TestCase("""{"command":"List","kind":"Pod"}""", "shop", "params.command", "did you mean list?")]
    [TestCase("""{"command":"list"}""", "shop", "params.kind", "kind is required: one of Pod, Node, Service")]
    [TestCase("""{"command":"list","kind":"pod"}""", "shop", "params.kind", "got \"pod\" (names are case-sensitive: did you mean Pod?)")]
    [TestCase("""{"command":"list","kind":"Widget"}""", "shop", "params.kind", "got \"Widget\"")]
    [TestCase("""{"command":"list","kind":3}""", "shop", "params.kind", "got 3")]
    [TestCase("""{"command":"get_events","kind":"Pod"}""", "shop", "params.kind", "filter with involved_kind and involved_name")]
    [TestCase("""{"command":"list","kind":"Pod","label_selector":5}""", "shop", "params.label_selector", "must be a string; got 5")]
    [TestCase("""{"command":"get_events","involved_name":["a"]}""", "shop", "params.involved_name", "must be a string")]
    [TestCase("""{"command":"describe","kind":"Pod"}""", "shop", "target.name", "describe reads one object by name")]
    [TestCase("""{"command":"get","kind":"Secret"}""", null, "target.namespace", "get of a Secret reads it in a namespace")]
    public void Dynamic_is_refused_when_the_agent_could_not_build_the_api_path_as_meant(
        string? parameters, string? @namespace, string field, string expected)
    {
        var name = field == "target.name" ? null : "api";

        var problems = Validate("dynamic", null, @namespace, name, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [Test]
    public void Dynamic_refuses_a_target_kind_that_contradicts_the_kind_it_reads()
    {
        var problems = Validate("dynamic", "Deployment", "shop", null, """{"command":"list","kind":"Pod"}""");

        problems.Keys.Should().Equal("target.kind");
        problems["target.kind"].Should().Contain("must be Pod or omitted; got \"Deployment\"");
    }

    [TestCase("query_traces", """{"sub_action":"list_spans"}""", "params.sub_action",
        "must be one of list_traces, list_services, get_topology, list_operations, http_stats, db_stats, service_series")]
    [TestCase("query_traces", """{"sub_action":"HTTP_STATS","service":"api"}""", "params.sub_action", "did you mean http_stats?")]
    [TestCase("query_metrics", """{"sub_action":3}""", "params.sub_action", "must be a string")]
    [TestCase("query_logs", """{"sub_action":"hist"}""", "params.sub_action", "one of list, histogram (default list); got \"hist\"")]
    [TestCase("query_slo", """{"sub_action":"get_series"}""", "params.sub_action", "got \"get_series\"")]
    [TestCase("query_trace_detail", """{"trace_id":"abc","sub_action":"list"}""", "params.sub_action", "has no sub_action")]
    [TestCase("query_traces", """{"sub_action":"http_stats"}""", "params.service", "service is required")]
    [TestCase("query_traces", """{"sub_action":"db_stats","service":""}""", "params.service", "service is required")]
    [TestCase("query_traces", """{"sub_action":"service_series","service":17}""", "params.service", "got 17")]
    [TestCase("query_traces", """{"service":17}""", "params.service", "must be a string; got 17")]
    [TestCase("query_trace_detail", null, "params.trace_id", "trace_id is required")]
    [TestCase("query_metrics", """{"sub_action":"get_node"}""", "params.node_name", "node_name is required")]
    [TestCase("query_metrics", """{"sub_action":"get_history","node_name":1}""", "params.node_name", "got 1")]
    [TestCase("query_metrics", """{"sub_action":"get_series","node_name":"n1"}""", "params.metric", "metric is required")]
    [TestCase("query_slo", """{"sub_action":"get_time_series"}""", "params.name", "name is required")]
    public void A_query_needs_a_known_sub_action_and_its_required_params(
        string action, string? parameters, string field, string expected)
    {
        var problems = Validate(action, null, null, null, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [TestCase("""{"limit":0}""", "params.limit", "at least 1")]
    [TestCase("""{"limit":"0"}""", "params.limit", "got \"0\"")]
    [TestCase("""{"limit":"ten"}""", "params.limit", "a string of digits (at most 9007199254740991")]
    [TestCase("""{"limit":"ten"}""", "params.limit", "got \"ten\"")]
    [TestCase("""{"limit":" 5"}""", "params.limit", "got \" 5\"")]
    [TestCase("""{"limit":2.5}""", "params.limit", "got 2.5")]
    [TestCase("""{"offset":-1}""", "params.offset", "at least 0")]
    [TestCase("""{"offset":"-1"}""", "params.offset", "got \"-1\"")]
    [TestCase("""{"limit":""}""", "params.limit", "got \"\"")]
    public void Query_limit_and_offset_are_whole_numbers_as_json_or_as_digits(string parameters, string field, string expected)
    {
        var problems = Validate("query_logs", null, null, null, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [TestCase("""{"min_duration_ms":"100"}""", "params.min_duration_ms", "a number of at least 0; got \"100\"")]
    [TestCase("""{"min_duration_ms":-1}""", "params.min_duration_ms", "got -1")]
    [TestCase("""{"operation":false}""", "params.operation", "must be a string; got false")]
    public void Query_traces_params_must_have_the_type_the_agent_reads(string parameters, string field, string expected)
    {
        var problems = Validate("query_traces", null, null, null, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [TestCase("5m")]
    [TestCase("1h30m")]
    [TestCase("1h30m0s")]
    [TestCase("1.5h")]
    [TestCase(".5s")]
    [TestCase("2.s")]
    [TestCase("300ms")]
    [TestCase("2us")]
    [TestCase("2µs")]
    [TestCase("10ns")]
    [TestCase("+15m")]
    [TestCase("0")]
    [TestCase("2562047h")]
    [TestCase("")]
    public void A_since_in_go_duration_syntax_is_accepted(string since)
    {
        Validate("query_slo", null, null, null, $$"""{"sub_action":"list_service","since":"{{since}}"}""").Should().BeEmpty();
    }

    [TestCase("\"1d\"", "no d or w unit")]
    [TestCase("\"1w\"", "got \"1w\"")]
    [TestCase("\"5 m\"", "silently use its default")]
    [TestCase("\"15\"", "got \"15\"")]
    [TestCase("\"m\"", "got \"m\"")]
    [TestCase("\".s\"", "got \".s\"")]
    [TestCase("\"5M\"", "got \"5M\"")]
    [TestCase("\"2562048h\"", "silently use its default")]
    [TestCase("\"-5m\"", "negative duration")]
    [TestCase("0", "a number of seconds must be a JSON integer from 1")]
    [TestCase("1.5", "the agent drops fractions")]
    [TestCase("1e3", "got 1e3")]
    [TestCase("true", "got true")]
    public void A_since_the_agent_would_silently_replace_by_its_default_is_refused(string since, string expected)
    {
        var problems = Validate("query_metrics", null, null, null, $$"""{"sub_action":"get_history","node_name":"n1","since":{{since}}}""");

        problems.Keys.Should().Equal("params.since");
        problems["params.since"].Should().StartWith("since must be a duration such as 5m").And.Contain(expected);
    }

    [TestCase("2025-06-12 06:00:00Z")]
    [TestCase("2025-06-12T06:00:00")]
    [TestCase("2025-06-12t06:00:00z")]
    [TestCase("2025-02-30T00:00:00Z")]
    [TestCase("2025-06-12T24:00:00Z")]
    [TestCase("2025-06-12T06:00:00.Z")]
    [TestCase("2025-06-12T06:00:00+0800")]
    [TestCase("yesterday")]
    public void A_start_time_that_is_not_rfc_3339_is_refused(string startTime)
    {
        var problems = Validate("query_traces", null, null, null, $$"""{"sub_action":"list_services","start_time":"{{startTime}}"}""");

        problems.Keys.Should().Equal("params.start_time");
        problems["params.start_time"].Should().Be(
            $"start_time must be an RFC 3339 time such as 2025-06-12T06:00:00Z; got \"{startTime}\"");
    }

    [Test]
    public void An_end_time_as_a_number_or_before_the_start_time_is_refused()
    {
        Validate("query_logs", null, null, null, """{"end_time":1718172000}""")["params.end_time"].Should().Contain("got 1718172000");

        var problems = Validate("query_logs", null, null, null,
            """{"start_time":"2025-06-12T08:00:00Z","end_time":"2025-06-12T09:00:00+02:00"}""");

        problems.Keys.Should().Equal("params.end_time");
        problems["params.end_time"].Should().Contain("must not be before start_time");
    }

    [TestCase("version", "0", "params.version", "version must be a whole number of at least 1")]
    [TestCase("version", "\"7\"", "params.version", "got \"7\"")]
    [TestCase("version", "7.5", "params.version", "got 7.5")]
    [TestCase("hash", "\"816FE189F59F07080E2F1FACD5C9E48D44826DB9D1211F0C8DB4E310B9237059\"", "params.hash",
        "64 lower-case hexadecimal")]
    [TestCase("hash", "\"sha256:816fe189f59f07080e2f1facd5c9e48d44826db9d1211f0c8db4e310b9237059\"", "params.hash",
        "no prefix")]
    [TestCase("hash", "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"", "params.hash",
        "SHA-256 of the UTF-8 bytes of rawConfig, " + Sha)]
    [TestCase("contentType", "\"YAML\"", "params.contentType",
        "one of yaml, json; got \"YAML\" (names are case-sensitive: did you mean yaml?)")]
    [TestCase("contentType", "\"toml\"", "params.contentType", "got \"toml\"")]
    [TestCase("name", "\"\"", "params.name", "name is required")]
    [TestCase("name", "null", "params.name", "name is required")]
    [TestCase("rawConfig", "null", "params.rawConfig", "rawConfig is required")]
    [TestCase("rawConfig", "{\"logLevel\":\"info\"}", "params.rawConfig", "must be a string")]
    public void Apply_config_refuses_a_param_that_is_missing_malformed_or_inconsistent(
        string key, string value, string field, string expected)
    {
        var problems = Validate("apply_config", null, null, null, ApplyConfig(key, value));

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [Test]
    public void Apply_config_accepts_empty_json_content_with_its_hash_and_refuses_content_that_is_not_json()
    {
        var emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        var empty = $$"""{"name":"n","version":1,"hash":"{{emptyHash}}","contentType":"yaml","rawConfig":""}""";
        Validate("apply_config", null, null, null, empty).Should().BeEmpty();

        var json = ApplyConfig("contentType", "\"json\"");

        Validate("apply_config", null, null, null, json)["params.rawConfig"].Should().Contain("must be a JSON document");
    }

    [TestCase("scale", """{"Replicas":3,"replicas":3}""", "params.Replicas", "\"Replicas\" must be spelt exactly \"replicas\"")]
    [TestCase("scale", """{"replicas":3,"replicas":100}""", "params.replicas", "replicas is given 2 times")]
    [TestCase("query_logs", """{"Limit":10}""", "params.Limit", "must be spelt exactly \"limit\"")]
    [TestCase("query_logs", """{"Sub_Action":"histogram"}""", "params.Sub_Action", "must be spelt exactly \"sub_action\"")]
    public void A_known_param_misspelt_in_case_or_repeated_is_refused(string action, string parameters, string field, string expected)
    {
        var problems = action == "scale"
            ? Validate(action, null, "shop", "api", parameters)
            : Validate(action, null, null, null, parameters);

        problems.Keys.Should().Equal(field);
        problems[field].Should().Contain(expected);
    }

    [Test]
    public void Every_problem_is_reported_at_once_the_first_one_per_field()
    {
        var problems = Validate("scale", "StatefulSet", "", "my api", """{"replicas":"3","Replicas":3,"replicas":-1}""");

        problems.Keys.Should().BeEquivalentTo(
            "target.kind", "target.namespace", "target.name", "params.replicas", "params.Replicas");
        // The repetition is the first problem found with replicas; its range is not reported on top.
        problems["params.replicas"].Should().Contain("given 2 times");
    }

    [Test]
    public void Problems_in_params_and_target_of_a_query_and_a_dynamic_are_reported_together()
    {
        Validate("query_traces", null, "shop", null, """{"sub_action":"http_stats","limit":0,"since":"1d"}""")
            .Keys.Should().BeEquivalentTo("target.namespace", "params.service", "params.since");

        Validate("dynamic", "Pod", null, null, """{"command":"get","kind":"Secret","label_selector":1}""")
            .Keys.Should().BeEquivalentTo("target.kind", "target.namespace", "target.name", "params.label_selector");
    }

    [TestCase("get_secret", null, true)]
    [TestCase("get_secret", """{"anything":1}""", true)]
    [TestCase("dynamic", """{"command":"get","kind":"Secret"}""", true)]
    [TestCase("dynamic", """{"command":"list","kind":"secret"}""", true)]
    [TestCase("dynamic", """{"command":"list","Kind":"SECRET"}""", true)]
    [TestCase("dynamic", """{"command":"list","kind":"ConfigMap"}""", false)]
    [TestCase("dynamic", """{"command":"get_events","involved_kind":"Secret"}""", false)]
    [TestCase("dynamic", null, false)]
    [TestCase("dynamic", "[\"Secret\"]", false)]
    [TestCase("get_configmap", null, false)]
    [TestCase("get_logs", """{"kind":"Secret"}""", false)]
    public void Outputs_that_carry_secrets_are_recognised(string action, string? parameters, bool expected)
    {
        using var document = parameters is null ? null : JsonDocument.Parse(parameters);

        CommandActions.CarriesSecrets(action, document?.RootElement).Should().Be(expected);
    }

    private static string ApplyConfig(string key, string value)
    {
        var members = new Dictionary<string, string>
        {
            ["name"] = "\"agent-defaults\"",
            ["version"] = "7",
            ["hash"] = $"\"{Sha}\"",
            ["contentType"] = "\"yaml\"",
            ["rawConfig"] = "\"logLevel: info\\nsnapshotInterval: 10s\\n\"",
        };
        members[key] = value;
        return "{" + string.Join(",", members.Select(member => $"\"{member.Key}\":{member.Value}")) + "}";
    }

    private static IReadOnlyDictionary<string, string> Validate(
        string action, string? kind, string? @namespace, string? name, string? parameters)
    {
        using var document = parameters is null ? null : JsonDocument.Parse(parameters);
        // Clone so the element outlives the document, as a request's params would.
        JsonElement? element = document?.RootElement.Clone();
        return CommandActions.Validate(action, kind, @namespace, name, element);
    }
}
