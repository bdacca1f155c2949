using System.CommandLine;
using Infra.Emit.Render;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra render --stack S --out DIR</c>: Kubernetes manifests and generated config files as plain files; a stack with mandatory findings gets the findings and exit 1 instead, and nothing is written.</summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var output = new Option<string>("--out", "-o") { Description = $"The folder to (re)write, atomically: missing, empty, or rendered before (it holds {RenderedFolder.MarkerName}).", Required = true };
        var command = new Command("render", "Writes the stack's Kubernetes objects and generated config files (cloud-init, kubelet config) as plain files.")
        {
            stack, projectDir, output,
        };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, parse.GetValue(stack)!, context.Clock);
            if (MandatoryFindingsGate.Blocks(synthesis, context))
            {
                return ExitCodes.PolicyFailed;
            }

            var files = RenderEmitter.Render(synthesis.Program).Select(f => KeyValuePair.Create(f.RelativePath, f.Content)).ToList();
            RenderedFolder.Write(parse.GetValue(output)!, context.WorkingDirectory, files);
            context.Error.WriteLine($"infra: rendered {files.Count} files to {parse.GetValue(output)}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
