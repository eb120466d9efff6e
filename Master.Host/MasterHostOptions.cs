using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Host;

/// <summary>The host's own settings, mapped from the <c>MASTER_*</c> variables (docs/configuration.md).</summary>
public sealed class MasterHostOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Host";

    /// <summary>The gateway listener's port (<c>MASTER_HTTP_PORT</c>, default 8080); 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 8080;

    /// <summary>The agent listener's port (<c>MASTER_AGENT_PORT</c>, default 8081); 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int AgentPort { get; set; } = 8081;

    /// <summary>The address both listeners bind to (<c>MASTER_BIND_ADDRESS</c>, default <c>0.0.0.0</c>).</summary>
    [Required]
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>The folder for Master's own files (<c>MASTER_DATA_DIR</c>, default <c>data</c>).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file (<c>MASTER_DB_PATH</c>, default <c>&lt;data dir&gt;/master.db</c>).</summary>
    [Required]
    public string DatabasePath { get; set; } = Path.Combine("data", "master.db");
}

/// <summary>Validates <see cref="MasterHostOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class MasterHostOptionsValidator : IValidateOptions<MasterHostOptions>;
