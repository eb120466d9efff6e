using System.Text;
using System.Text.Json;
using Master.Database.Settings;
using Master.Gateway.Access;
using Master.Gateway.Clusters;
using Master.Gateway.Errors;
using Master.Gateway.Json;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Settings;

/// <summary>
/// <c>/api/v2/settings</c>: Master's key/value settings, each value any JSON but null. Everyone reads them (secrets
/// masked below admin, see <see cref="SettingView.From"/>); only admins write them.
/// </summary>
internal static class SettingEndpoints
{
    /// <summary>The most compact JSON text a value may take, in UTF-8 bytes.</summary>
    public const int MaxValueBytes = 64 * 1024;

    public static void MapSettingEndpoints(this IEndpointRouteBuilder api)
    {
        var settings = api.MapGroup(string.Empty).WithTags("Settings");
        settings.MapGet("/settings", ListAsync).WithName("ListSettings").RequireRole(Role.Viewer);
        settings.MapGet("/settings/{key}", GetAsync).WithName("GetSetting").RequireRole(Role.Viewer);
        settings.MapPut("/settings/{key}", PutAsync).WithName("PutSetting").RequireRole(Role.Admin)
            .Accepts<JsonElement>("application/json");
        settings.MapDelete("/settings/{key}", DeleteAsync).WithName("DeleteSetting").RequireRole(Role.Admin);
    }

    private static async Task<Ok<ListResponse<SettingView>>> ListAsync(
        HttpContext context, [FromServices] ISettingRepository settings, CancellationToken cancellationToken)
    {
        var role = context.RequiredCaller().Role;
        var all = await settings.ListAsync(cancellationToken).ConfigureAwait(false);
        var items = all.OrderBy(setting => setting.Key, StringComparer.Ordinal)
            .Select(setting => SettingView.From(setting.Key, setting.Value, role));
        return TypedResults.Ok(new ListResponse<SettingView>([.. items], all.Count, null));
    }

    private static async Task<Results<Ok<SettingView>, NotFound<ErrorResponse>>> GetAsync(
        string key, HttpContext context, [FromServices] ISettingRepository settings, CancellationToken cancellationToken)
    {
        var stored = await settings.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return stored is null ? SettingNotFound(key) : TypedResults.Ok(SettingView.From(key, stored, context.RequiredCaller().Role));
    }

    private static async Task<Results<Ok<SettingView>, BadRequest<ErrorResponse>, UnprocessableEntity<ErrorResponse>>> PutAsync(
        string key, HttpContext context, [FromServices] ISettingRepository settings, CancellationToken cancellationToken)
    {
        var (value, malformed) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return TypedResults.BadRequest(malformed);
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!SettingKeys.IsValid(key))
        {
            problems["key"] = SettingKeys.Rule;
        }

        // Storing null would make "set to null" and "not set" two answers to one question; DELETE is the one way to clear.
        var compact = StoredJson.Compact(value);
        if (value.ValueKind == JsonValueKind.Null)
        {
            problems["value"] = "expected a JSON value other than null; DELETE the setting to clear it";
        }
        else if (compact.Length > MaxValueBytes)
        {
            problems["value"] = $"expected at most {MaxValueBytes} bytes of compact JSON; this value takes {compact.Length}";
        }

        if (problems.Count > 0)
        {
            return TypedResults.UnprocessableEntity(new ErrorResponse(new ErrorDetail(
                ErrorCodes.ValidationFailed,
                "The setting is not valid: " + string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}")) + ".",
                problems)));
        }

        var text = Encoding.UTF8.GetString(compact);
        await settings.SetAsync(key, text, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(SettingView.From(key, text, context.RequiredCaller().Role));
    }

    private static async Task<Results<NoContent, NotFound<ErrorResponse>>> DeleteAsync(
        string key, [FromServices] ISettingRepository settings, CancellationToken cancellationToken) =>
        await settings.DeleteAsync(key, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : SettingNotFound(key);

    private static NotFound<ErrorResponse> SettingNotFound(string key) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no setting '{key}'."));
}
