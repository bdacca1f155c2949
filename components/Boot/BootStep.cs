using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Boot;

/// <summary>
/// One named step of a machine's boot: a bash command the boot script runs through the library's <c>step</c>
/// (<see cref="BootLibrary"/>), so it is skipped once done and reported when it fails. A step is either retried
/// (<see cref="Retried"/>: something that may fail transiently, e.g. an AWS call) or waited for
/// (<see cref="WaitedFor"/>: something another machine makes true, e.g. etcd answering), never run bare.
/// </summary>
public sealed partial record BootStep
{
    private BootStep(string name, string command)
    {
        if (!StepName().IsMatch(name))
        {
            throw new ArgumentException($"boot step name '{name}' is not lower-case words joined by '-': it names a file and a metric label", nameof(name));
        }

        Name = name;
        Command = command;
    }

    /// <summary>The step's name: its done-marker's file name and its metric label (e.g. <c>wait-for-etcd</c>).</summary>
    public string Name { get; }

    /// <summary>The library call the step runs (<c>retry ...</c> or <c>wait_until ...</c>).</summary>
    public string Command { get; }

    /// <summary>The script's line for the step.</summary>
    public string Line => $"step {Name} {Command}";

    /// <summary>A step run again with backoff when it fails: <paramref name="command"/> must be safe to repeat.</summary>
    public static BootStep Retried(string name, string description, string command) =>
        new(name, $"retry {Quoted(description)} {command}");

    /// <summary>A step that polls <paramref name="check"/> until it succeeds, failing clearly after <paramref name="timeout"/>.</summary>
    public static BootStep WaitedFor(string name, string description, TimeSpan timeout, string check) =>
        new(name, string.Create(CultureInfo.InvariantCulture, $"wait_until {Quoted(description)} {(long)timeout.TotalSeconds} {check}"));

    private static string Quoted(string description) => description.Contains('\'', StringComparison.Ordinal)
        ? throw new ArgumentException($"boot step description '{description}' contains a single quote, which would end the quoted text", nameof(description))
        : $"'{description}'";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex StepName();
}
