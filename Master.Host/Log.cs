
namespace Master.Host;

/// <summary>The host's log events (ids 7000–7999, docs/logging.md).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information,
        Message = "Master listening: gateway on {GatewayEndPoint}, agents on {AgentEndPoint}")]
    public static partial void Listening(this ILogger logger, System.Net.IPEndPoint gatewayEndPoint, System.Net.IPEndPoint agentEndPoint);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Unknown configuration variable {Variable} is ignored")]
    public static partial void UnknownVariable(this ILogger logger, string variable);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information,
        Message = "Data directory {DataDirectory}; relational store: {DatabaseStore}")]
    public static partial void DataPaths(this ILogger logger, string dataDirectory, string databaseStore);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Master stopping: answering held agent polls, draining requests")]
    public static partial void Stopping(this ILogger logger);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Critical, Message = "Master failed to start")]
    public static partial void StartFailed(this ILogger logger, Exception exception);
}
