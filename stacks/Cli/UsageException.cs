namespace Infra.Stacks.Cli;

/// <summary>A command-line input that cannot be used (a stack name, a count, an output folder); the message says what to do.</summary>
public sealed class UsageException(string message) : Exception(message);
