namespace Infra.Stacks.Cli;

/// <summary>
/// Writes files so a reader never sees half of them: content goes to a temporary sibling first and
/// is renamed into place only when complete. A failure leaves the previous output untouched.
/// </summary>
public static class AtomicOutput
{
    public static void WriteFile(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var directory = FileParent(path);

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Replaces <paramref name="directory"/> with exactly <paramref name="files"/> (relative path to text).</summary>
    public static void WriteDirectory(string directory, IEnumerable<KeyValuePair<string, string>> files)
    {
        // "out/" names the same folder as "out": without the trailing separator its parent is the parent, not the folder itself.
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var parent = ExistingParent(full);

        if (File.Exists(full))
        {
            throw new UsageException($"--out {directory} is a file: choose a folder path");
        }

        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var previous = staging + ".old";
        try
        {
            foreach (var (relative, content) in files)
            {
                var target = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, content);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(full))
            {
                Directory.Move(full, previous);
            }

            Directory.Move(staging, full);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }
        }
    }

    /// <summary>The folder that holds the file <paramref name="path"/>, which must not name a folder.</summary>
    public static string FileParent(string path)
    {
        var parent = ExistingParent(path);
        if (Directory.Exists(path))
        {
            throw new UsageException($"--out {path} is a folder: give the path of a file");
        }

        return parent;
    }

    /// <summary>The folder that holds <paramref name="path"/>: it must exist, as <c>--out</c> never creates folders unasked.</summary>
    private static string ExistingParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path))
            ?? throw new UsageException($"--out {path} is the root of the file system: choose a path below it");
        if (!Directory.Exists(parent))
        {
            throw new UsageException($"--out {path}: the folder {parent} does not exist: create it or choose another path");
        }

        return parent;
    }
}
