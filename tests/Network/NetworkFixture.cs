using Infra.Model;
using Infra.Network;
using NetworkComponent = Infra.Network.Network;

namespace Infra.Tests.Network;

/// <summary>Builds networks in a fresh program for the specifications, with realistic args.</summary>
internal static class NetworkFixture
{
    public static readonly IReadOnlyList<string> ThreeZones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    public static readonly IReadOnlyDictionary<string, string> CommonTags = new Dictionary<string, string>
    {
        ["cluster"] = "prod",
        ["environment"] = "production",
        ["owner"] = "platform",
        ["cost-center"] = "cc-42",
    };

    public static NetworkArgs Created(IReadOnlyList<string>? zones = null) =>
        NetworkArgs.Create("prod", "10.0.0.0/16", zones ?? ThreeZones, CommonTags);

    public static NetworkArgs Adopted() => NetworkArgs.Adopt(
        "prod",
        new ExistingVpc
        {
            VpcId = "vpc-0123456789abcdef0",
            VpcCidr = "10.20.0.0/16",
            Zones =
            [
                new ExistingZone("eu-west-1a", "subnet-0a0000000000000a1", "subnet-0a0000000000000a2", "10.20.32.0/19"),
                new ExistingZone("eu-west-1b", "subnet-0b0000000000000b1", "subnet-0b0000000000000b2", "10.20.64.0/19"),
            ],
            PrivateRouteTableIds = ["rtb-0a00000000000000a", "rtb-0b00000000000000b"],
        },
        CommonTags);

    public static (InfraProgram Program, NetworkComponent Network) Build(NetworkArgs args)
    {
        var program = new InfraProgram("network-spec", "network specification");
        var network = new NetworkComponent(program.Root, "network", args);
        return (program, network);
    }

    public static InfraProgram Program(NetworkArgs args) => Build(args).Program;

    /// <summary>The resources of one args type, e.g. every subnet's args.</summary>
    public static IReadOnlyList<TArgs> ArgsOf<TResource, TArgs>(InfraProgram program)
        where TResource : Resource<TArgs>
        where TArgs : class =>
        program.ResourcesOf<TResource>().Select(r => r.Args).ToArray();
}
