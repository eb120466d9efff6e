namespace Master.Security.Secrets;

/// <summary>A stored secret could not be decrypted. The message never holds the value, the plaintext or the key.</summary>
public sealed class SecretDecryptionException : Exception
{
    public SecretDecryptionException()
        : this("The stored secret could not be decrypted.")
    {
    }

    public SecretDecryptionException(string message)
        : base(message)
    {
    }

    public SecretDecryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
