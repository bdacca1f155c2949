using Infra.Aws.Ec2;
using Infra.Model;
using Infra.Network.Connections;

namespace Infra.Network;

/// <summary>A security group and the role it serves; its resource id and its rules' ids start with the role's key.</summary>
internal sealed record NamedGroup(SecurityGroupRole Role, SecurityGroup Group)
{
    public string Key => Role.Key;

    /// <summary>Declares <c>&lt;key&gt;-sg</c> in the VPC, tagged <paramref name="tags"/> and annotated with its role.</summary>
    public static NamedGroup Declare(Scope scope, SecurityGroupRole role, Expr<string> vpcId, string description, IReadOnlyDictionary<string, Expr<string>> tags)
    {
        var group = new SecurityGroup(scope, $"{role.Key}-sg", new SecurityGroupArgs { VpcId = vpcId, Description = description, Tags = tags });
        group.Annotate(new SecurityGroupRoleAnnotation(role));
        return new(role, group);
    }
}
