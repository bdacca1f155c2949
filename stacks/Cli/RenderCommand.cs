using System.CommandLine;
using Infra.Emit.Render;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra render --stack S --out DIR</c>: Kubernetes manifests and generated config files as plain files.</summary>
public static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var output = new Option<string>("--out", "-o") { Description = "The folder to (re)write, atomically.", Required = true };
        var command = new Command("render", "Writes the stack's Kubernetes objects and generated config files (cloud-init, kubelet config) as plain files.")
        {
            stack, projectDir, output,
        };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, parse.GetValue(stack)!, context.Clock);
            var files = RenderEmitter.Render(synthesis.Program).Select(f => KeyValuePair.Create(f.RelativePath, f.Content)).ToList();
            AtomicOutput.WriteDirectory(parse.GetValue(output)!, files);
            context.Error.WriteLine($"infra: rendered {files.Count} files to {parse.GetValue(output)}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
