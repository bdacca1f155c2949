using Infra.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.Boot;

/// <summary>
/// A scratch machine to run a boot script on for real: the boot library installed in it, stand-in tools on PATH
/// (<see cref="StandInTools"/>, <c>logger</c> already one), the state directory, the metrics file and every other root
/// under the scratch directory, and delays short enough that no test waits more than a second or two.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class BootMachine : IDisposable
{
    public BootMachine(string prefix)
    {
        Tools = new StandInTools(prefix);
        File.WriteAllText(Tools.Path("boot.sh"), BootLibrary.Text);
        Tools.Add("logger", "true");
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = Tools.SearchPath,
            ["BOOT_LIBRARY"] = Tools.Path("boot.sh"),
            ["BOOT_ROOT"] = Tools.Directory,
            ["BOOT_STATE_DIR"] = StateDirectory,
            ["BOOT_METRICS_FILE"] = MetricsFile,
            ["BOOT_RETRY_FIRST_DELAY_SECONDS"] = "0",
            ["BOOT_RETRY_MAX_DELAY_SECONDS"] = "0",
            ["BOOT_WAIT_INTERVAL_SECONDS"] = "0.05",
        };
    }

    public StandInTools Tools { get; }

    /// <summary>The variables the script runs with; tests add overrides (e.g. <c>BOOT_WAIT_TIMEOUT_SECONDS</c>).</summary>
    public Dictionary<string, string> Environment { get; }

    public string StateDirectory => Tools.Path("var/lib/infra/boot");

    public string MetricsFile => Tools.Path("var/lib/node_exporter/textfile/infra_boot.prom");

    public string Metrics => File.Exists(MetricsFile) ? File.ReadAllText(MetricsFile) : "";

    /// <summary>Marks steps done, as an earlier boot would have.</summary>
    public void MarkDone(params string[] steps)
    {
        Directory.CreateDirectory(StateDirectory);
        foreach (var step in steps)
        {
            File.WriteAllText(Path.Combine(StateDirectory, $"{step}.done"), "");
        }
    }

    /// <summary>Writes <paramref name="content"/> at <paramref name="path"/> under the scratch root.</summary>
    public void Write(string path, string content, bool executable = false)
    {
        var file = Tools.Path(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        if (executable)
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Runs <paramref name="script"/> (a boot script or a test's own, sourcing the library) with bash.</summary>
    public InstalledTool.Result Run(string script)
    {
        var file = Tools.Path("infra-boot");
        File.WriteAllText(file, script);
        return InstalledTool.Run("bash", [file], environment: Environment);
    }

    /// <summary>A script that sources the library under test and then runs <paramref name="body"/>.</summary>
    public InstalledTool.Result RunWithLibrary(string body) =>
        Run($"#!/usr/bin/env bash\nset -euo pipefail\nsource \"$BOOT_LIBRARY\"\n{body}\n");

    /// <summary>
    /// Runs the bash <paramref name="function"/> of <paramref name="definitions"/> (a boot step's, with <c>root</c> the
    /// scratch root) as a step runs it: in a subshell with errexit on, its exit status the script's.
    /// </summary>
    public InstalledTool.Result RunFunction(string definitions, string function) =>
        RunWithLibrary($"readonly root=$BOOT_ROOT\n{definitions}\nrun_strict {function}\nexit \"$strict_status\"");

    public void Dispose() => Tools.Dispose();
}
