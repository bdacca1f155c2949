namespace Infra.Tests.Support;

/// <summary>
/// A scratch directory with stand-in commands for a script under test: each stand-in logs its arguments to
/// <c>&lt;tool&gt;.calls</c> and runs the given bash body. The true seam for scripts whose real tools (the AWS
/// CLI, kubeadm, the instance metadata service) do not exist here.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class StandInTools : IDisposable
{
    public StandInTools(string prefix)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory(prefix).FullName;
        Bin = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(Directory, "bin")).FullName;
    }

    public string Directory { get; }

    public string Bin { get; }

    public void Add(string tool, string body)
    {
        var path = System.IO.Path.Combine(Bin, tool);
        File.WriteAllText(path, $"#!/usr/bin/env bash\necho \"$*\" >> '{System.IO.Path.Combine(Directory, tool + ".calls")}'\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string[] Calls(string tool)
    {
        var log = System.IO.Path.Combine(Directory, tool + ".calls");
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }

    /// <summary>A path inside the scratch directory.</summary>
    public string Path(string relative) => System.IO.Path.Combine(Directory, relative.TrimStart('/'));

    /// <summary>PATH with the stand-ins first.</summary>
    public string SearchPath => $"{Bin}:{Environment.GetEnvironmentVariable("PATH")}";

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
