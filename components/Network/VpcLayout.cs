using Infra.Model;

namespace Infra.Network;

/// <summary>What security groups and endpoints need of the VPC, whether it was created or adopted. Lists follow zone order.</summary>
internal sealed record VpcLayout(
    Expr<string> VpcId,
    string VpcCidr,
    IReadOnlyList<Expr<string>> PublicSubnetIds,
    IReadOnlyList<Expr<string>> PrivateSubnetIds,
    IReadOnlyList<string> PrivateSubnetCidrs,
    IReadOnlyList<Expr<string>> PrivateRouteTableIds);
