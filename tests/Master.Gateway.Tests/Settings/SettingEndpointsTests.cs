using System.Net;
using System.Text.Json.Nodes;
using Master.Database.Settings;
using Master.Gateway.Tests.Support;
using Master.Security.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Settings;

/// <summary><c>/api/v2/settings</c> over real sockets: JSON values in and out, admins write, everyone reads.</summary>
public sealed class SettingEndpointsTests
{
    private GatewayFactory _factory = null!;

    private HttpClient Gateway => _factory.Gateway;

    [SetUp]
    public void SetUp() => _factory = new GatewayFactory();

    [TearDown]
    public async Task TearDown() => await _factory.DisposeAsync();

    [Test]
    public async Task Put_stores_the_value_and_get_and_list_answer_it_as_json()
    {
        var (status, put) = await PutAsync("ui.theme", """{"mode": "dark", "accents": [1, 2]}""");

        status.Should().Be(HttpStatusCode.OK);
        put.ShouldEqualJson("""{"key": "ui.theme", "value": {"mode": "dark", "accents": [1, 2]}}""");
        var (got, one) = await Gateway.GetJsonAsync("/api/v2/settings/ui.theme");
        got.Should().Be(HttpStatusCode.OK);
        one.ShouldEqualJson(put!.ToJsonString());
        var (_, list) = await Gateway.GetJsonAsync("/api/v2/settings");
        list.ShouldEqualJson($$"""{"items": [{{put.ToJsonString()}}], "total": 1, "nextCursor": null}""");
    }

    [TestCase("\"plain text\"")]
    [TestCase("42")]
    [TestCase("-3.5")]
    [TestCase("true")]
    [TestCase("false")]
    [TestCase("""[1, "a", null]""")]
    [TestCase("{}")]
    public async Task Every_json_type_is_a_value(string json)
    {
        var (status, _) = await PutAsync("any.value", json);

        status.Should().Be(HttpStatusCode.OK);
        var (_, got) = await Gateway.GetJsonAsync("/api/v2/settings/any.value");
        got!["value"].ShouldEqualJson(json);
    }

    [Test]
    public async Task Null_is_refused_on_the_value_field_pointing_at_delete()
    {
        var (status, body) = await PutAsync("ui.theme", "null");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("validation_failed");
        body["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("value");
        body["error"]!["fields"]!["value"]!.GetValue<string>().Should().Contain("DELETE");
    }

    [Test]
    public async Task A_put_replaces_the_value_and_stores_it_as_compact_json()
    {
        await PutAsync("ui.locale", "\"en\"");

        await PutAsync("ui.locale", """{ "language" :  "français",  "rtl" : false }""");

        var stored = await _factory.Services.GetRequiredService<ISettingRepository>().GetAsync("ui.locale");
        stored.Should().Be("""{"language":"français","rtl":false}""");
    }

    [Test]
    public async Task A_viewer_reads_settings_but_may_not_write_or_delete_them()
    {
        await PutAsync("ui.theme", "\"dark\"");
        var viewer = _factory.ClientAs(Role.Viewer);

        var (read, _) = await viewer.GetJsonAsync("/api/v2/settings/ui.theme");
        var (put, putBody, putResponse) = await viewer.SendJsonAsync(HttpMethod.Put, "/api/v2/settings/ui.theme", "\"light\"");
        putResponse.Dispose();
        var (deleted, deleteBody, deleteResponse) = await viewer.SendJsonAsync(HttpMethod.Delete, "/api/v2/settings/ui.theme");
        deleteResponse.Dispose();

        read.Should().Be(HttpStatusCode.OK);
        put.Should().Be(HttpStatusCode.Forbidden);
        putBody!["error"]!["code"]!.GetValue<string>().Should().Be("forbidden");
        deleted.Should().Be(HttpStatusCode.Forbidden);
        deleteBody!["error"]!["code"]!.GetValue<string>().Should().Be("forbidden");
        (await Gateway.GetJsonAsync("/api/v2/settings/ui.theme")).Body!["value"]!.GetValue<string>().Should().Be("dark");
    }

    [Test]
    public async Task An_operator_may_not_write_settings_either()
    {
        var (status, _, response) = await _factory.ClientAs(Role.Operator).SendJsonAsync(HttpMethod.Put, "/api/v2/settings/ui.theme", "1");
        response.Dispose();

        status.Should().Be(HttpStatusCode.Forbidden);
    }

    [TestCase("UI.theme")]
    [TestCase(".hidden")]
    [TestCase("-leading")]
    [TestCase("has%20space")]
    [TestCase("caf%C3%A9")]
    [TestCase("a:b")]
    public async Task A_key_outside_the_rule_is_422_on_the_key_field(string key)
    {
        var (status, body) = await PutAsync(key, "1");

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("key");
        body["error"]!["fields"]!["key"]!.GetValue<string>().Should().Contain("128");
    }

    [Test]
    public async Task A_key_may_take_128_characters_but_not_129()
    {
        var (longest, _) = await PutAsync(new string('k', 128), "1");
        var (tooLong, _) = await PutAsync(new string('k', 129), "1");

        longest.Should().Be(HttpStatusCode.OK);
        tooLong.Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Key_and_value_problems_are_reported_at_once()
    {
        var (_, body) = await PutAsync("Bad", "null");

        body!["error"]!["fields"].PropertyNames().Should().BeEquivalentTo("key", "value");
    }

    [Test]
    public async Task A_value_may_take_64_KiB_of_compact_json_but_not_more()
    {
        var fits = "\"" + new string('x', (64 * 1024) - 2) + "\"";
        var over = "\"" + new string('x', (64 * 1024) - 1) + "\"";

        var (fitStatus, _) = await PutAsync("big.value", fits);
        var (overStatus, overBody) = await PutAsync("big.value", over);

        fitStatus.Should().Be(HttpStatusCode.OK);
        overStatus.Should().Be(HttpStatusCode.UnprocessableEntity);
        overBody!["error"]!["fields"]!["value"]!.GetValue<string>().Should().Contain("65536");
    }

    [Test]
    public async Task Malformed_json_is_400_saying_where_it_broke()
    {
        var (status, body) = await PutAsync("ui.theme", "{\"mode\": ");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("bad_request");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("line 1");
    }

    [Test]
    public async Task Delete_removes_the_setting_and_an_unknown_key_is_404()
    {
        await PutAsync("ui.theme", "\"dark\"");

        var (deleted, _, response) = await Gateway.SendJsonAsync(HttpMethod.Delete, "/api/v2/settings/ui.theme");
        response.Dispose();
        var (again, _, againResponse) = await Gateway.SendJsonAsync(HttpMethod.Delete, "/api/v2/settings/ui.theme");
        againResponse.Dispose();

        deleted.Should().Be(HttpStatusCode.NoContent);
        again.Should().Be(HttpStatusCode.NotFound);
        var (got, body) = await Gateway.GetJsonAsync("/api/v2/settings/ui.theme");
        got.Should().Be(HttpStatusCode.NotFound);
        body!["error"]!["code"]!.GetValue<string>().Should().Be("not_found");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("ui.theme");
        (await Gateway.GetJsonAsync("/api/v2/settings")).Body!["total"]!.GetValue<int>().Should().Be(0);
    }

    [Test]
    public async Task Below_admin_secret_members_and_secret_keys_are_masked()
    {
        await PutAsync("notify.slack", """{"channel": "#ops", "webhookUrl": "https://hooks.example.com/T0/B0/s3cr3t"}""");
        await PutAsync("github.token", "\"ghp_s3cr3t\"");
        var viewer = _factory.ClientAs(Role.Viewer);

        var (_, slack) = await viewer.GetJsonAsync("/api/v2/settings/notify.slack");
        var (_, token) = await viewer.GetJsonAsync("/api/v2/settings/github.token");
        var (_, list) = await viewer.GetJsonAsync("/api/v2/settings");

        slack!["value"].ShouldEqualJson("""{"channel": "#ops", "webhookUrl": "***"}""");
        token!["value"]!.GetValue<string>().Should().Be("***");
        list!.ToJsonString().Should().NotContain("s3cr3t");
        (await Gateway.GetJsonAsync("/api/v2/settings/github.token")).Body!["value"]!.GetValue<string>().Should().Be("ghp_s3cr3t");
    }

    [Test]
    public async Task Stored_text_that_is_not_json_is_answered_as_a_string()
    {
        await _factory.Services.GetRequiredService<ISettingRepository>().SetAsync("legacy.note", "written { by hand");

        var (status, body) = await Gateway.GetJsonAsync("/api/v2/settings/legacy.note");

        status.Should().Be(HttpStatusCode.OK);
        body!["value"]!.GetValue<string>().Should().Be("written { by hand");
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PutAsync(string key, string json)
    {
        var (status, body, response) = await Gateway.SendJsonAsync(HttpMethod.Put, $"/api/v2/settings/{key}", json);
        response.Dispose();
        return (status, body);
    }
}
