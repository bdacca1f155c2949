using System.Globalization;
using System.Text;
using Infra.Aws.Ec2;
using Infra.ControlPlane;
using Infra.Etcd;
using Infra.Model;
using Infra.Network.Connections;
using Infra.Tests.Etcd;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// Real etcd in the rehearsed network: every member of every etcd cluster of a program runs Debian's etcd with the
/// ExecStart of its rendered unit (read from the member's cloud-init, adapted by <see cref="DebianEtcd34.CommandLine"/>
/// and nothing else), in its machine's namespace and a mount namespace of its own: a per-machine directory bind-mounted
/// over each directory the unit names (TLS files, data directory), and a hosts file over /etc/hosts mapping every
/// rendered member name to its rehearsal address. Certificates come from a test CA (<see cref="EtcdTestPki"/>) with
/// the rendered names as SANs. A stand-in API server on a control-plane machine then uses the rendered
/// <c>--etcd-servers</c> (kubeadm's <c>etcd.external.endpoints</c>) and each <c>--etcd-servers-overrides</c> with the
/// apiserver-etcd-client certificate. The mount points are made on an overlay of /etc and /var/lib inside the
/// rehearsal's mount namespace, so nothing is written on the host. Disposing deletes the test's folder.
/// </summary>
internal sealed class EtcdRehearsal : IDisposable
{
    /// <summary>
    /// Seconds a client retries until its cluster answers: five members elect a leader within seconds (2.5 s election
    /// timeout), on two busy cores shared with nine other members within a minute; 90 s leaves room.
    /// </summary>
    public const int FormationSeconds = 90;

    private const string UnitPath = "/etc/systemd/system/etcd.service";

    private static readonly string[] CertificateFlags = ["cert-file", "peer-cert-file"];
    private static readonly string[] KeyFlags = ["key-file", "peer-key-file"];
    private static readonly string[] CaFlags = ["trusted-ca-file", "peer-trusted-ca-file"];

    private readonly EtcdTestPki pki;

    /// <summary>The test's folder: certificates, each machine's files, each member's log (<c>&lt;member&gt;.log</c>).</summary>
    private readonly string root;

    /// <summary>The hosts file every machine of the rehearsal mounts over /etc/hosts.</summary>
    private readonly string hostsFile;
    private readonly StringBuilder setup = new();
    private readonly List<(string Name, string Command)> checks = [];

    /// <param name="program">The program whose members run and whose control plane is the client.</param>
    /// <param name="stack">The rehearsed network they run in.</param>
    /// <param name="formationSeconds">How long each client check retries until its cluster answers (an attempt started in time may end up to 10 s later).</param>
    public EtcdRehearsal(InfraProgram program, StackRehearsal stack, int formationSeconds = FormationSeconds)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(stack);
        EtcdBinaries.Require();
        root = Directory.CreateTempSubdirectory("etcd-rehearsal-").FullName;
        pki = new EtcdTestPki(Path.Combine(root, "pki"));
        var members = program.Resources.OfType<Instance>()
            .SelectMany(instance => instance.Annotations.OfType<EtcdMemberAnnotation>().Select(member => (Instance: instance, Member: member)))
            .ToList();
        var hosts = new StringBuilder("127.0.0.1 localhost\n");
        foreach (var (_, member) in members)
        {
            hosts.AppendLine(CultureInfo.InvariantCulture, $"{stack.Rehearsal.AddressOf(member.Member)} {HostOf(member)}");
        }

        hostsFile = Path.Combine(root, "hosts");
        File.WriteAllText(hostsFile, hosts.ToString());
        setup.AppendLine(CultureInfo.InvariantCulture, $"""
            # Mount points for the rendered paths, on overlays that vanish with the rehearsal's mount namespace.
            for dir in /etc /var/lib; do
              mkdir -p {root}/overlay$dir && mount -t tmpfs overlay {root}/overlay$dir && mkdir {root}/overlay$dir/upper {root}/overlay$dir/work
              mount -t overlay overlay -o lowerdir=$dir,upperdir={root}/overlay$dir/upper,workdir={root}/overlay$dir/work $dir
            done
            """);
        foreach (var (instance, member) in members)
        {
            StartMember(instance, member);
        }

        var clientMachine = stack.MachinesOf(SecurityGroupRole.ControlPlane)[0];
        var cluster = program.Resources.SelectMany(r => r.Annotations.OfType<ControlPlaneNodesAnnotation>())
            .First(nodes => clientMachine.EndsWith(nodes.Zone, StringComparison.Ordinal)).Cluster;
        var external = cluster.Etcd.External;
        var client = pki.Issue("kube-apiserver-etcd-client");
        var binds = Binds(clientMachine, [(external.CaFile, pki.CaFile), (external.CertFile, client.CertFile), (external.KeyFile, client.KeyFile)]);
        var tls = $"--cacert={external.CaFile} --cert={external.CertFile} --key={external.KeyFile}";
        var overrides = (cluster.ApiServer?.ExtraArgs ?? []).Where(arg => arg.Name == "etcd-servers-overrides")
            .SelectMany(arg => arg.Value.Split(','))
            .Select(over => (Name: over[..over.IndexOf('#', StringComparison.Ordinal)], Servers: over[(over.IndexOf('#', StringComparison.Ordinal) + 1)..].Replace(';', ',')));
        foreach (var (name, servers) in overrides.Prepend(("etcd-servers", string.Join(',', external.Endpoints))))
        {
            var etcdctl = $"ETCDCTL_API=3 etcdctl --endpoints={servers} {tls} --dial-timeout=2s --command-timeout=5s";
            var key = $"/rehearsal/{name.Trim('/').Replace('/', '-')}";
            checks.Add((
                $"{clientMachine} writes and reads {key} through {name} ({servers}), and every server there is healthy",
                $"""
                ip netns exec {NetworkRehearsal.Namespace(clientMachine)} unshare --mount --propagation private bash -c '{binds}
                  end=$((SECONDS + {formationSeconds}))
                  while ((SECONDS < end)); do
                    {etcdctl} put {key} through-the-rules && {etcdctl} get {key} --print-value-only | grep -qx through-the-rules && {etcdctl} endpoint health && exit 0
                    sleep 1
                  done
                  exit 1'
                """));
        }
    }

    /// <summary>Bash that starts every member (run once the network is up).</summary>
    public string Setup => setup.ToString();

    /// <summary>The stand-in API server's checks, one per etcd cluster it is configured with.</summary>
    public IReadOnlyList<(string Name, string Command)> Checks => checks;

    /// <summary>Every member's log, for failure messages.</summary>
    public string Logs => string.Join('\n', Directory.GetFiles(root, "*.log").Order(StringComparer.Ordinal).Select(log => $"== {Path.GetFileName(log)}\n{string.Join('\n', File.ReadLines(log).TakeLast(15))}"));

    public void Dispose()
    {
        pki.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private void StartMember(Instance instance, EtcdMemberAnnotation member)
    {
        var flags = DebianEtcd34.CommandLine(RenderedFlags(instance));
        var values = flags.Select(DebianEtcd34.Split).ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
        var (cert, key) = pki.Issue(HostOf(member));
        List<(string Path, string? Source)> files =
        [
            .. CertificateFlags.Select(flag => (values[flag], (string?)cert)),
            .. KeyFlags.Select(flag => (values[flag], (string?)key)),
            .. CaFlags.Select(flag => (values[flag], (string?)pki.CaFile)),
            (values["data-dir"], null),
        ];
        var command = string.Join(' ', flags.Select(flag => $"\"{flag}\""));
        setup.AppendLine(CultureInfo.InvariantCulture, $"""
            ip netns exec {NetworkRehearsal.Namespace(member.Member)} unshare --mount --propagation private bash -c '{Binds(member.Member, files)}
              exec etcd {command}' >{root}/{member.Member}.log 2>&1 & pids+=($!)
            """);
    }

    /// <summary>
    /// Bash that bind-mounts the machine's copy of each file's directory over the rendered one (a null source is a
    /// directory: the member's data directory, 0700 as etcd wants it) and its hosts file over /etc/hosts.
    /// </summary>
    private string Binds(string machine, IReadOnlyList<(string Path, string? Source)> files)
    {
        var tree = Path.Combine(root, machine);
        var directories = new SortedSet<string>(StringComparer.Ordinal);
        var commands = new List<string>();
        foreach (var (path, source) in files)
        {
            var copy = tree + path;
            if (source is null)
            {
                Directory.CreateDirectory(copy);
                commands.Add($"chmod 700 {copy}");
                directories.Add(path);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(source, copy, overwrite: true);
                directories.Add(Path.GetDirectoryName(path)!);
            }
        }

        // Shorter paths first, so a directory's bind never hides one made inside it.
        commands.AddRange(directories.OrderBy(d => d.Length).Select(d => $"mkdir -p {d} && mount --bind {tree}{d} {d}"));
        commands.Add($"mount --bind {hostsFile} /etc/hosts");
        return string.Join("\n  ", commands);
    }

    /// <summary>The member's rendered unit's ExecStart, without the binary: the flags the member's machine runs.</summary>
    private static List<string> RenderedFlags(Instance instance)
    {
        var cloudInit = instance.Annotations.OfType<GeneratedFile>().Single(f => f.RelativePath.EndsWith("/cloud-init.yaml", StringComparison.Ordinal)).Content;
        var stream = new YamlStream();
        stream.Load(new StringReader(cloudInit));
        var files = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["write_files"];
        var unit = files.Cast<YamlMappingNode>().Single(file => ((YamlScalarNode)file["path"]).Value == UnitPath)["content"];
        var lines = ((YamlScalarNode)unit).Value!.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');
        var execStart = lines.Single(line => line.StartsWith("ExecStart=", StringComparison.Ordinal));
        // systemd expands ${NAME} from the unit's Environment= lines; a new cluster's first boot has no override file.
        var environment = lines.Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .Select(line => line["Environment=".Length..].Split('=', 2))
            .ToDictionary(pair => "${" + pair[0] + "}", pair => pair[1], StringComparer.Ordinal);
        return execStart["ExecStart=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(flag => environment.Aggregate(flag, (text, variable) => text.Replace(variable.Key, variable.Value, StringComparison.Ordinal)))
            .ToList();
    }

    private static string HostOf(EtcdMemberAnnotation member) => new Uri(member.Urls["advertise-client-urls"]).Host;
}
