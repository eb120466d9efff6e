using System.Text.Json;
using Master.AgentSdk.Body;
using Master.AgentSdk.Reports;
using Master.Processor;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    /// <summary>E1: decodes a pushed snapshot and hands it to the Processor (agent-protocol.md §3, §4.2).</summary>
    public async Task SnapshotAsync(HttpContext context)
    {
        RequestBodyReader.LiftServerLimit(context);
        var request = context.Request;
        var raw = AgentRequest.HeaderClusterId(request);
        var failure = _auth.Authenticate(request, out var credential);
        if (failure is not null)
        {
            await RejectAsync(context, failure, AgentRequest.Claimed(raw), credential).ConfigureAwait(false);
            return;
        }

        if (RequestBodyReader.DeclaresTooLarge(request, _options.SnapshotMaxBytes))
        {
            await PayloadTooLargeAsync(context, AgentRequest.Claimed(raw)).ConfigureAwait(false);
            return;
        }

        string? headerId = null;
        if (!AgentRequest.IsBlank(raw))
        {
            headerId = await ValidateClusterIdAsync(context, raw).ConfigureAwait(false);
            if (headerId is null)
            {
                return;
            }

            failure = _auth.Authorize(credential, headerId);
            if (failure is not null)
            {
                await RejectAsync(context, failure, headerId, credential).ConfigureAwait(false);
                return;
            }
        }

        if (!_gate.TryAdmit())
        {
            _logger.SnapshotQueueFull(_gate.Capacity);
            context.Response.Headers.RetryAfter = "1";
            await AgentResponses.WriteErrorAsync(
                context, StatusCodes.Status503ServiceUnavailable, "busy", "Too many snapshots are being decoded; send the next one later.")
                .ConfigureAwait(false);
            return;
        }

        try
        {
            await _gate.WaitRunAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                await DecodeAndIngestAsync(context, headerId, credential).ConfigureAwait(false);
            }
            finally
            {
                _gate.EndRun();
            }
        }
        finally
        {
            _gate.Leave();
        }
    }

    private async Task DecodeAndIngestAsync(HttpContext context, string? headerId, Auth.AgentCredential credential)
    {
        var read = await RequestBodyReader.ReadAsync(context.Request, _options.SnapshotMaxBytes, context.RequestAborted).ConfigureAwait(false);
        if (read.ErrorCode is not null)
        {
            await WriteBodyErrorAsync(context, read.ErrorCode, headerId).ConfigureAwait(false);
            return;
        }

        using var body = read.Body!;
        var bodyId = headerId is null ? PeekClusterId(body.Memory.Span) : null;
        if (headerId is null && _auth.Enabled && bodyId is not null && ClusterIds.Validate(bodyId, out var validBodyId) is null)
        {
            // Step 8: the body names the cluster; the token must be valid for it before anything changes.
            var failure = _auth.Authorize(credential, validBodyId);
            if (failure is not null)
            {
                await RejectAsync(context, failure, validBodyId, credential).ConfigureAwait(false);
                return;
            }
        }

        var report = AgentReportParser.Parse(context.Request.Headers, headerId ?? bodyId ?? string.Empty, _logger);
        var outcome = await _ingestor.IngestAsync(new SnapshotSubmission(headerId, body.Memory, report), _lifetime.ApplicationStopping)
            .ConfigureAwait(false);
        switch (outcome)
        {
            case IngestOutcome.Stored stored:
                _clusterIdWarnings.Check(stored.Snapshot.ClusterId);
                await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
                break;
            case IngestOutcome.Unchanged unchanged:
                _clusterIdWarnings.Check(unchanged.ClusterId);
                await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
                break;
            case IngestOutcome.Rejected rejected:
                await AgentResponses.WriteBadRequestAsync(context, rejected.Code, rejected.Message).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"Unknown ingest outcome {outcome.GetType().Name}.");
        }
    }

    private Task WriteBodyErrorAsync(HttpContext context, string code, string? clusterId) => code == RequestBodyReader.PayloadTooLarge
        ? PayloadTooLargeAsync(context, clusterId)
        : AgentResponses.WriteBadRequestAsync(context, code, "The body is not valid gzip data.");

    /// <summary>The top-level <c>clusterId</c> string of a JSON object (last one wins, names case-insensitive), or null.</summary>
    internal static string? PeekClusterId(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? id = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = string.Equals(reader.GetString(), "clusterId", StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
