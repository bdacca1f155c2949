namespace Infra.Policies.Engine;

/// <summary>
/// The waiver file cannot be read. The message names the file, the waiver (id or entry number),
/// the key at fault and the fix.
/// </summary>
public sealed class WaiverFileException : Exception
{
    public WaiverFileException()
    {
    }

    public WaiverFileException(string message)
        : base(message)
    {
    }

    public WaiverFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
