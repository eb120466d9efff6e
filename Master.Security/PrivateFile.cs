namespace Master.Security;

/// <summary>Files only Master's own user may read: the secret key and the generated first password (mode 600).</summary>
internal static class PrivateFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> with mode 600 (ignored on Windows).</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">Its text, in ASCII.</param>
    /// <param name="mode"><see cref="FileMode.CreateNew"/> to fail when it exists, <see cref="FileMode.Create"/> to replace it.</param>
    public static void Write(string path, string content, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            writer.Write(content);
        }

        // The create mode applies only to a new file; one replaced keeps the mode it had otherwise.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
