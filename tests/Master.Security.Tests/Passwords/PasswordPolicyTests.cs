using Master.Security.Passwords;

namespace Master.Security.Tests.Passwords;

/// <summary>What a password must be, in one sentence per problem.</summary>
public sealed class PasswordPolicyTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("short")]
    [TestCase("elevenchars")]
    public void A_short_password_is_refused(string? password)
    {
        PasswordPolicy.Problem(password).Should().Be("The password must be at least 12 characters long.");
    }

    [Test]
    public void A_too_long_password_is_refused()
    {
        PasswordPolicy.Problem(new string('x', PasswordPolicy.MaximumLength + 1)).Should().Contain("at most 256");
    }

    [Test]
    public void A_password_of_only_whitespace_is_refused()
    {
        PasswordPolicy.Problem(new string(' ', 20)).Should().NotBeNull();
    }

    [TestCase("password1234")]
    [TestCase("PASSWORD1234")]
    [TestCase("123456789012")]
    [TestCase("qwertyuiopas")]
    public void A_common_password_is_refused_whatever_its_case(string password)
    {
        PasswordPolicy.Problem(password).Should().Contain("common");
    }

    [TestCase("correct horse battery")]
    [TestCase("exactly12chr")]
    public void An_acceptable_password_has_no_problem(string password)
    {
        PasswordPolicy.Problem(password).Should().BeNull();
    }
}
