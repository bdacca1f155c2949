namespace Infra.Network.Connections;

/// <summary>Which role a security group serves, so policies can match rules' peers to connections' roles.</summary>
public sealed record SecurityGroupRoleAnnotation(SecurityGroupRole Role);
