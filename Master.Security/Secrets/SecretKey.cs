using System.Security.Cryptography;

namespace Master.Security.Secrets;

/// <summary>The 32-byte key that encrypts secrets at rest: <c>MASTER_SECRET_KEY</c>, or <c>secret.key</c> in the data folder.</summary>
public sealed class SecretKey
{
    public const int Length = 32;

    public const string FileName = "secret.key";

    private SecretKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    /// <summary>Reads base64 of exactly 32 bytes; the problem, when there is one, never repeats the value.</summary>
    public static bool TryParse(string? base64, out SecretKey? key, out string? problem)
    {
        key = null;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64?.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            problem = "must be base64 of exactly 32 bytes (openssl rand -base64 32); it is not base64";
            return false;
        }

        if (bytes.Length != Length)
        {
            problem = $"must be base64 of exactly 32 bytes (openssl rand -base64 32); it holds {bytes.Length} bytes";
            return false;
        }

        key = new SecretKey(bytes);
        problem = null;
        return true;
    }

    /// <summary>The configured key when there is one, else the key file of <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">The configured key or the file is malformed.</exception>
    public static SecretKey Resolve(string? configuredBase64, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(configuredBase64))
        {
            return LoadOrCreate(dataDirectory);
        }

        return TryParse(configuredBase64, out var key, out var problem)
            ? key!
            : throw new InvalidOperationException($"MASTER_SECRET_KEY {problem}.");
    }

    /// <summary>
    /// Reads <c>secret.key</c>, or creates it with a random key and mode 600 on first start. Two instances starting at
    /// once on one folder end up with one key: the file is written aside and moved into place only if none is there.
    /// </summary>
    public static SecretKey LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            var draft = Path.Combine(dataDirectory, $".{FileName}.{Guid.NewGuid():N}");
            PrivateFile.Write(draft, Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length)), FileMode.CreateNew);

            try
            {
                File.Move(draft, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(draft); // Another instance created the key first; theirs is the one.
            }
        }

        return TryParse(File.ReadAllText(path), out var key, out var problem)
            ? key!
            : throw new InvalidOperationException($"The secret key file {path} {problem}.");
    }
}
