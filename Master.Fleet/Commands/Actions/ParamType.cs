namespace Master.Fleet.Commands.Actions;

/// <summary>The JSON shape a parameter must have for the agent to read it as meant.</summary>
internal enum ParamType
{
    /// <summary>A JSON integer (no fraction, no exponent), decoded by the agent into a Go integer field.</summary>
    Integer,

    /// <summary>A JSON integer or a string of decimal digits, as the ClickHouse actions' <c>getIntParam</c> reads it.</summary>
    LooseInteger,

    /// <summary>A finite JSON number.</summary>
    Number,

    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A Go duration string, or a whole number of seconds (§5.4).</summary>
    Duration,

    /// <summary>An RFC 3339 date-time string.</summary>
    Time,

    /// <summary>64 lower-case hexadecimal digits.</summary>
    Sha256,
}
