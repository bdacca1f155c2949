namespace Infra.Stacks.Cli;

/// <summary>The exit codes of every infra command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Mandatory policy findings: nothing may deploy.</summary>
    public const int PolicyFailed = 1;

    /// <summary>Bad input or usage: the message on stderr names the file, key, value and fix.</summary>
    public const int BadInput = 2;
}
