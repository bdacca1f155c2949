namespace Infra.Stacks.Cli;

/// <summary>
/// The folder <c>infra render --out</c> owns. Rendering replaces the whole folder, so it only ever
/// replaces a folder that holds nothing but what an earlier rendering wrote: a missing or empty
/// folder, or one whose marker file lists every entry in it. Anything else (a repository, a home
/// folder, a rendering someone added a file to) is refused before a byte is written, because
/// <c>--out .</c> in a repository once replaced the repository, <c>.git</c> included.
/// </summary>
public static class RenderedFolder
{
    /// <summary>The marker an earlier rendering left: a comment line, then every file it wrote, one relative path a line.</summary>
    public const string MarkerName = ".infra-render";

    private const string MarkerHeader = "# written by infra render: the files below are replaced by the next rendering into this folder";

    /// <summary>How many entries infra did not write a refusal names: enough to recognise the folder, short enough to read.</summary>
    private const int NamedStrayEntries = 3;

    /// <summary>
    /// Replaces <paramref name="directory"/> (as the user typed it, relative to <paramref name="workingDirectory"/>) with exactly
    /// <paramref name="files"/> and the marker, atomically, after checking the folder is render's own.
    /// </summary>
    public static void Write(string directory, string workingDirectory, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var full = Path.GetFullPath(directory, workingDirectory);
        RefuseUnlessOwned(directory, full);
        var marker = string.Join("\n", files.Select(f => f.Key).Order(StringComparer.Ordinal).Prepend(MarkerHeader)) + "\n";
        AtomicOutput.WriteDirectory(full, files.Append(KeyValuePair.Create(MarkerName, marker)));
    }

    private static void RefuseUnlessOwned(string directory, string full)
    {
        if (!Directory.Exists(full))
        {
            return;
        }

        var owned = OwnedEntries(full);
        var stray = Directory.EnumerateFileSystemEntries(full, "*", AllEntries)
            .Select(path => Path.GetRelativePath(full, path).Replace('\\', '/'))
            .Where(path => !owned.Contains(path))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (stray.Count == 0)
        {
            return;
        }

        var named = string.Join(", ", stray.Take(NamedStrayEntries)) + (stray.Count > NamedStrayEntries ? $" and {stray.Count - NamedStrayEntries} more" : "");
        var reason = owned.Count == 0
            ? $"it holds files infra did not render ({named})"
            : $"it holds files the last rendering did not write ({named})";
        throw new UsageException(
            $"--out {directory}: {reason}, and rendering replaces the whole folder: choose a missing or empty folder, or one infra rendered before (it holds {MarkerName})");
    }

    /// <summary>The marker and every file and folder it lists; empty when the folder holds no marker.</summary>
    private static HashSet<string> OwnedEntries(string full)
    {
        var marker = Path.Combine(full, MarkerName);
        if (!File.Exists(marker))
        {
            return [];
        }

        var owned = new HashSet<string>(StringComparer.Ordinal) { MarkerName };
        foreach (var file in File.ReadLines(marker).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            // A file's folders are render's too: it created them to hold the file.
            for (var path = file; path.Length > 0; path = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "")
            {
                owned.Add(path);
            }
        }

        return owned;
    }

    /// <summary>Every entry, hidden ones (<c>.git</c>) and links included; the default options skip hidden entries.</summary>
    private static EnumerationOptions AllEntries { get; } = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };
}
