namespace Infra.Tests.Conformance;

public class TypeScriptNamesTests
{
    [Theory]
    [InlineData("aws:ec2/vpc:Vpc", "aws.ec2.Vpc")]
    [InlineData("aws:ec2:Vpc", "aws.ec2.Vpc")]
    [InlineData("aws:index/provider:Provider", "aws.Provider")]
    [InlineData("tls:index/privateKey:PrivateKey", "tls.PrivateKey")]
    [InlineData("pulumi:providers:aws", "aws.Provider")]
    [InlineData("pulumi:providers:kubernetes", "k8s.Provider")]
    [InlineData("pulumi:providers:tls", "tls.Provider")]
    [InlineData("pulumi:pulumi:StackReference", "pulumi.StackReference")]
    [InlineData("kubernetes:apps/v1:Deployment", "k8s.apps.v1.Deployment")]
    [InlineData("kubernetes:core/v1:Namespace", "k8s.core.v1.Namespace")]
    [InlineData("kubernetes:scheduling.k8s.io/v1:PriorityClass", "k8s.scheduling.v1.PriorityClass")]
    [InlineData("kubernetes:helm.sh/v3:Release", "k8s.helm.v3.Release")]
    [InlineData("kubernetes:yaml/v2:ConfigGroup", "k8s.yaml.v2.ConfigGroup")]
    [InlineData("kubernetes:policy/v1:PodDisruptionBudget", "k8s.policy.v1.PodDisruptionBudget")]
    [InlineData("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "k8s.autoscaling.v2.HorizontalPodAutoscaler")]
    [InlineData("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "k8s.rbac.v1.ClusterRole")]
    public void A_type_token_names_the_sdk_class_declaring_it(string token, string className)
    {
        Assert.Equal(className, TypeScriptNames.ClassOf(token));
    }

    [Theory]
    [InlineData("random:index/randomId:RandomId")]
    [InlineData("pulumi:providers:random")]
    [InlineData("aws:ec2/vpc")]
    [InlineData("aws:ec2/vpc:Vpc-2")]
    public void A_token_no_installed_sdk_can_declare_has_no_class(string token)
    {
        Assert.Null(TypeScriptNames.ClassOf(token));
    }

    [Theory]
    [InlineData("aws:ssm/getParameter:getParameter", "aws.ssm.getParameterOutput")]
    [InlineData("aws:index/getAvailabilityZones:getAvailabilityZones", "aws.getAvailabilityZonesOutput")]
    public void A_function_token_names_the_sdk_function_returning_an_output(string token, string function)
    {
        Assert.Equal(function, TypeScriptNames.InvokeOf(token));
    }

    [Theory]
    [InlineData("cidrBlock", "cidrBlock")]
    [InlineData("kubernetes.io/role/elb", "\"kubernetes.io/role/elb\"")]
    [InlineData("app.kubernetes.io/name", "\"app.kubernetes.io/name\"")]
    public void Object_keys_are_quoted_only_when_they_are_not_identifiers(string key, string written)
    {
        Assert.Equal(written, TypeScriptNames.Key(key));
    }
}
