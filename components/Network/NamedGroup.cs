using Infra.Aws.Ec2;
using Infra.Model;

namespace Infra.Network;

/// <summary>A security group and the short key its resource ids start with (<c>nodes</c>, <c>etcd</c>).</summary>
internal sealed record NamedGroup(string Key, SecurityGroup Group)
{
    /// <summary>Declares <c>&lt;key&gt;-sg</c> in the VPC, tagged <paramref name="tags"/>.</summary>
    public static NamedGroup Declare(Scope scope, string key, Expr<string> vpcId, string description, IReadOnlyDictionary<string, Expr<string>> tags) =>
        new(key, new SecurityGroup(scope, $"{key}-sg", new SecurityGroupArgs { VpcId = vpcId, Description = description, Tags = tags }));
}
