namespace Master.Host.Logging;

/// <summary>
/// Wraps a logger provider and drops the generic host's "Hosting failed to start" event, whose text is the whole stack
/// trace of the failure. <see cref="MasterApplicationExtensions.RunMasterAsync"/> reports every start-up failure itself:
/// one line when configuration or the environment caused it, a logged trace only when it is unexpected.
/// </summary>
internal sealed class HostStartupFailureFilter(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
{
    /// <summary>The category of Microsoft.Extensions.Hosting's Host.</summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>The host's event id of "Hosting failed to start" (HostedServiceStartupFaulted).</summary>
    public const int HostingFailedToStart = 11;

    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return string.Equals(categoryName, HostCategory, StringComparison.Ordinal) ? new FilteredLogger(logger) : logger;
    }

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose() => inner.Dispose();

    private sealed class FilteredLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != HostingFailedToStart)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
