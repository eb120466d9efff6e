namespace Master.Database.Tests;

public sealed class DatabaseOptionsValidatorTests
{
    private static readonly DatabaseOptionsValidator Validator = new();

    [Test]
    public void Sqlite_with_a_path_is_valid()
    {
        Validator.Validate(null, new DatabaseOptions { Path = "/tmp/master.db" }).Succeeded.Should().BeTrue();
    }

    [Test]
    public void Sqlite_without_a_path_is_refused_naming_the_property()
    {
        var result = Validator.Validate(null, new DatabaseOptions());

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("Path is required when Type is Sqlite");
    }

    [TestCase(DatabaseType.Postgres)]
    [TestCase(DatabaseType.MySql)]
    public void Server_engine_without_a_dsn_is_refused(DatabaseType type)
    {
        var result = Validator.Validate(null, new DatabaseOptions { Type = type, Path = "ignored" });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain($"Dsn is required when Type is {type}");
    }

    [TestCase(0)]
    [TestCase(1001)]
    public void Pool_size_outside_1_to_1000_is_refused(int maxConnections)
    {
        var result = Validator.Validate(null, new DatabaseOptions { Path = "/tmp/master.db", MaxConnections = maxConnections });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(nameof(DatabaseOptions.MaxConnections));
    }
}
