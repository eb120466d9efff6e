using System.Security.Cryptography;
using System.Text;
using Master.Database.Engines;

namespace Master.Database.Migrations;

/// <summary>
/// One forward-only step of the schema: neutral SQL whose <c>{type}</c> tokens each engine spells its own way, or SQL
/// written per engine where the neutral form cannot say it. Released migrations never change: the checksum recorded
/// when one was applied must match the binary's on every later start.
/// </summary>
internal sealed record Migration(int Version, string Name, string Sql, IReadOnlyDictionary<DatabaseType, string>? SqlByEngine = null)
{
    public string SqlFor(DatabaseEngine engine) =>
        SqlByEngine is not null && SqlByEngine.TryGetValue(engine.Type, out var own) ? own : engine.Render(Sql);

    public string ChecksumFor(DatabaseEngine engine) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SqlFor(engine))));
}
