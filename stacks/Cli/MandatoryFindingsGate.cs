using Infra.Policies.Reporting;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary>
/// The one rule every command that turns a stack into output follows (compile, synth, render, graph):
/// a stack with mandatory findings produces no output, only the findings on stderr and exit code 1,
/// so no file or listing of a stack that may not deploy can be taken for one that may.
/// <c>infra policy</c> prints the findings themselves and exits 1 the same way.
/// </summary>
public static class MandatoryFindingsGate
{
    /// <summary>Writes the mandatory findings to stderr and returns true when there are any; writes nothing otherwise.</summary>
    public static bool Blocks(StackSynthesis synthesis, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(synthesis);
        ArgumentNullException.ThrowIfNull(context);
        if (!synthesis.Report.HasMandatory)
        {
            return false;
        }

        context.Error.Write(new TextReporter().Write(synthesis.Report));
        context.Error.WriteLine($"infra: stack {synthesis.Config.StackName} breaks mandatory policies: fix the findings above or add a reviewed waiver to policies/waivers.yaml");
        return true;
    }
}
