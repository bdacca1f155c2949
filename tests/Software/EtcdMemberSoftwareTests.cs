using Infra.Etcd;
using Infra.Software;
using Infra.Tests.Etcd;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Software;

public class EtcdMemberSoftwareTests
{
    private static readonly EtcdMemberBoot Boot = EtcdClusterFixture.Build().Etcd.Members[0].Boot;

    [Fact]
    public void A_member_writes_the_installer_with_etcd_alone()
    {
        Assert.Equal(SoftwareInstaller.EtcdMember(CpuArchitecture.Amd64), Boot.Installer);
        Assert.Equal(Boot.Installer.Text, WrittenFile(SoftwareInstaller.InstallPath));
    }

    [Fact]
    public void Etcd_is_installed_after_the_data_disk_and_before_the_certificates_are_fetched()
    {
        var steps = EtcdMemberBoot.Sequence.Steps.Select(s => s.Name).ToList();

        Assert.Equal(["install-aws-cli", "prepare-data-volume", "install-etcd", "fetch-config", "rejoin-or-found-cluster", "start-etcd", "start-certificate-renewal"], steps);
        Assert.Contains(SoftwareInstaller.InstallPath, EtcdMemberBoot.Sequence.Steps.Single(s => s.Name == "install-etcd").Line, StringComparison.Ordinal);
    }

    private static YamlMappingNode Document()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Boot.ToCloudConfig()));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string WrittenFile(string path) =>
        ((YamlSequenceNode)Document().Children[new YamlScalarNode("write_files")]).Children.Cast<YamlMappingNode>()
            .Single(file => file.Children[new YamlScalarNode("path")].ToString() == path)
            .Children[new YamlScalarNode("content")].ToString();
}
