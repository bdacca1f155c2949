using System.Globalization;
using Infra.Aws.Lb;
using Infra.ControlPlane;
using Infra.Model;
using Infra.Network.Connections;
using Infra.Tests.Etcd;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// The internal API endpoint in the rehearsed network: HAProxy on the internal balancer's machine stands in for the
/// network load balancer (a TCP proxy, as the target group does not preserve client addresses) with the rendered
/// health check (protocol, path, port, thresholds and matcher of the target group; only the interval and timeout are
/// shortened to 1 s, so a test waits seconds instead of the rendered 10 s per check), stand-in API servers (HTTPS on
/// the target port, certificate from a test CA for the rendered endpoint name) on every control-plane machine, the last
/// of them answering its readiness path 500 as an API server does before it is ready. A worker is the client: it
/// reaches the endpoint name at the balancer's address, as kubelets do through DNS.
/// </summary>
internal sealed class ApiEndpointRehearsal : IDisposable
{
    /// <summary>Seconds a check retries: two 1 s health checks in a row mark a server up or down, so 15 s leaves room on busy cores.</summary>
    public const int SettleSeconds = 15;

    /// <summary>Requests the worker sends through the balancer: with round robin over the ready servers, every one of them answers some.</summary>
    public const int Requests = 12;

    /// <summary>The stand-in API server: answers every path with its machine's name, its readiness path 200 or 500.</summary>
    private const string ApiServerStandIn = """
        import http.server, ssl, sys
        name, address, port, ready_path, ready, cert, key = sys.argv[1:8]
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                status = 500 if self.path == ready_path and ready != "ready" else 200
                body = (name + "\n").encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer((address, int(port)), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        server.serve_forever()
        """;

    private readonly EtcdTestPki pki;
    private readonly string root;

    public ApiEndpointRehearsal(InfraProgram program, StackRehearsal stack)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(stack);
        root = Directory.CreateTempSubdirectory("api-rehearsal-").FullName;
        pki = new EtcdTestPki(Path.Combine(root, "pki"));
        var balancer = stack.MachinesOf(SecurityGroupRole.InternalApiLoadBalancer).Single();
        var targets = program.Resources.OfType<TargetGroup>().Single(t => string.Join('-', t.Path.Segments.SkipLast(1)) == balancer).Args;
        var check = targets.HealthCheck!;
        var port = targets.Port!.Value;
        var checkPort = check.Port == "traffic-port" ? port : int.Parse(check.Port!, CultureInfo.InvariantCulture);
        var endpoint = program.Resources.SelectMany(r => r.Annotations.OfType<ControlPlaneNodesAnnotation>()).First().Cluster.ControlPlaneEndpoint;
        var host = endpoint.Split(':')[0];
        var controlPlanes = stack.MachinesOf(SecurityGroupRole.ControlPlane);
        var notReady = controlPlanes[^1];
        var worker = stack.MachinesOf(SecurityGroupRole.Nodes)[0];
        var (cert, key) = pki.Issue(host);
        var standIn = Path.Combine(root, "apiserver.py");
        File.WriteAllText(standIn, ApiServerStandIn);
        var socket = Path.Combine(root, "haproxy.sock");
        var config = Path.Combine(root, "haproxy.cfg");
        var servers = controlPlanes.Select(cp =>
            $"  server {cp} {stack.Rehearsal.AddressOf(cp)}:{port} check port {checkPort} {(check.Protocol == "HTTPS" ? "check-ssl verify none" : "")} inter 1s fall {check.UnhealthyThreshold} rise {check.HealthyThreshold}");
        File.WriteAllText(config, $"""
            global
              stats socket {socket} mode 600 level admin
            defaults
              mode tcp
              timeout connect 2s
              timeout client 10s
              timeout server 10s
              timeout check 1s
            frontend api
              bind {stack.Rehearsal.AddressOf(balancer)}:{port}
              default_backend api-servers
            backend api-servers
              balance roundrobin
              option httpchk GET {check.Path}
              http-check expect status {check.Matcher}
            {string.Join('\n', servers)}

            """);
        Setup = string.Join('\n', controlPlanes.Select(cp =>
            // Listening before HAProxy starts: a refused first check would take a ready server out for two more checks.
            $"""
            ip netns exec {NetworkRehearsal.Namespace(cp)} python3 {standIn} {cp} {stack.Rehearsal.AddressOf(cp)} {port} {check.Path} {(cp == notReady ? "not-ready" : "ready")} {cert} {key} & pids+=($!)
            for _ in $(seq 1 100); do ip netns exec {NetworkRehearsal.Namespace(cp)} ss -H -ltn "sport = :{port}" | grep -q . && break; sleep 0.1; done
            """)
            .Append($"ip netns exec {NetworkRehearsal.Namespace(balancer)} haproxy -db -f {config} & pids+=($!)"));
        var curl = $"ip netns exec {NetworkRehearsal.Namespace(worker)} curl -sS --fail --max-time 3 --cacert {pki.CaFile} --resolve {host}:{port}:{stack.Rehearsal.AddressOf(balancer)} https://{host}:{port}";
        var state = $"echo 'show stat' | socat stdio UNIX-CONNECT:{socket} | cut -d, -f1,2,18";
        var expected = string.Join(" && ", controlPlanes.Select(cp => $"grep -qx 'api-servers,{cp},{(cp == notReady ? "DOWN" : "UP")}' <<<\"$servers\""));
        Checks =
        [
            ($"{worker} reaches {check.Path} of https://{host}:{port} through {balancer}",
                $"for _ in $(seq 1 {SettleSeconds}); do {curl}{check.Path} && exit 0; sleep 1; done; exit 1"),
            ($"{balancer} marks {notReady} down by its {check.Path} and every other API server up",
                $"for _ in $(seq 1 {SettleSeconds}); do servers=$({state}); {expected} && exit 0; sleep 1; done; echo \"$servers\"; exit 1"),
            ($"{worker}'s {Requests} requests through {balancer} are answered by every ready API server and never by {notReady}",
                $"answers=$(for _ in $(seq 1 {Requests}); do {curl}/version || echo failed; done); echo \"$answers\"; " +
                $"! grep -qx -e failed -e {notReady} <<<\"$answers\" && {string.Join(" && ", controlPlanes.Where(cp => cp != notReady).Select(cp => $"grep -qx {cp} <<<\"$answers\""))}"),
        ];
    }

    /// <summary>Bash that starts the API servers and HAProxy (run once the network is up).</summary>
    public string Setup { get; }

    public IReadOnlyList<(string Name, string Command)> Checks { get; }

    public void Dispose()
    {
        pki.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
