using System.Net;
using System.Text.Json.Nodes;

namespace Master.Gateway.Tests.Support;

/// <summary>Reads replies as JSON and compares them structurally.</summary>
internal static class HttpJson
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string path)
    {
        var (status, body, response) = await client.SendJsonAsync(HttpMethod.Get, path);
        response.Dispose();
        return (status, body);
    }

    /// <summary>Asserts the two JSON documents are equal member by member (member order aside).</summary>
    public static void ShouldEqualJson(this JsonNode? actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).Should().BeTrue(
            "the reply should be {0} but was {1}", JsonNode.Parse(expected)!.ToJsonString(), actual?.ToJsonString() ?? "empty");

    public static IEnumerable<string> PropertyNames(this JsonNode? node) => node!.AsObject().Select(property => property.Key);
}
