using System.Globalization;
using System.Security.Cryptography;

namespace Master.Security.Passwords;

/// <summary>
/// Slow, salted password hashes: PBKDF2-HMAC-SHA256 with a 16-byte random salt and a 32-byte key, stored as
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;key&gt;</c> (base64). The count travels with the hash, so it can be
/// raised later without breaking stored passwords.
/// </summary>
internal sealed class PasswordHasher
{
    /// <summary>The OWASP recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;
    private const int MinimumStoredIterations = 10_000;
    private const int MaximumStoredIterations = 10_000_000;

    private readonly int _iterations;
    private readonly Lazy<string> _dummyHash;

    public PasswordHasher()
        : this(DefaultIterations)
    {
    }

    internal PasswordHasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumStoredIterations);
        _iterations = iterations;
        _dummyHash = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));
    }

    /// <summary>A hash of a random password, so a login for an unknown user costs the same time as one for a real user.</summary>
    public string DummyHash => _dummyHash.Value;

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, _iterations, HashAlgorithmName.SHA256, KeyBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${_iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}");
    }

    /// <summary>Whether <paramref name="password"/> matches; false, never an exception, for a hash this cannot read.</summary>
    public static bool Verify(string password, string encodedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryDecode(encodedHash, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when the hash was made with fewer iterations than this hasher uses now.</summary>
    public bool NeedsRehash(string encodedHash) => !TryDecode(encodedHash, out var iterations, out _, out _) || iterations < _iterations;

    private static bool TryDecode(string? encoded, out int iterations, out byte[] salt, out byte[] key)
    {
        iterations = 0;
        salt = key = [];
        if (encoded?.Split('$') is not [Scheme, var count, var saltText, var keyText]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < MinimumStoredIterations or > MaximumStoredIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(saltText);
            key = Convert.FromBase64String(keyText);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= SaltBytes && key.Length == KeyBytes;
    }
}
