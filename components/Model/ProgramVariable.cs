namespace Infra.Model;

/// <summary>
/// A named value of the program's <c>variables:</c> section, computed once by Pulumi and referenced
/// by name (<c>${aws-account-id}</c>): a provider function's result many resources share reads as
/// one line instead of being repeated at every use.
/// </summary>
public sealed record ProgramVariable(string Name, object Value) : IDeployTimeValue
{
    public string Source => $"variable {Name}";
}
