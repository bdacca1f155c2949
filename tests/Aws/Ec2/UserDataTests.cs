using System.Text;
using Infra.Aws.Ec2;
using Infra.Tests.Support;

namespace Infra.Tests.Aws.Ec2;

public class UserDataTests
{
    private const string CloudConfig = "#cloud-config\nruncmd:\n  - [systemctl, start, --no-block, infra-boot.service]\n";

    [Fact]
    public void Cloud_inits_own_user_data_reader_inflates_it_into_the_cloud_config()
    {
        var userData = UserData.Of("test machine", CloudConfig);
        var file = Path.Combine(Path.GetTempPath(), $"user-data-{Guid.NewGuid():N}");
        File.WriteAllBytes(file, Convert.FromBase64String(userData.Base64));
        try
        {
            // Debian's cloud-init, the code that reads user data on the instance: it must see one text/cloud-config part.
            var result = InstalledTool.Run("/usr/bin/python3",
            [
                "-c",
                """
                import sys
                from cloudinit.user_data import UserDataProcessor
                message = UserDataProcessor({}).process(open(sys.argv[1], 'rb').read())
                for part in message.walk():
                    if part.get_content_maintype() != 'multipart':
                        sys.stdout.write(part.get_content_type() + '\n' + part.get_payload(decode=True).decode())
                """,
                file,
            ]);

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Equal("text/cloud-config\n" + CloudConfig, result.Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_cloud_config_too_large_even_compressed_is_refused_naming_the_machine_and_sizes()
    {
        var random = new Random(14);
        var noise = string.Concat(Enumerable.Range(0, 20_000).Select(_ => (char)random.Next('!', '~')));

        var error = Assert.Throws<ArgumentException>(() => UserData.Of("control-plane node in eu-west-1a", "#cloud-config\n# " + noise));

        Assert.StartsWith("control-plane node in eu-west-1a: user data is ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"over the budget of {UserData.BudgetBytes}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base64_carries_the_compressed_bytes_that_inflate_to_the_cloud_config()
    {
        var userData = UserData.Of("test machine", CloudConfig);

        Assert.Equal(userData.Compressed, Convert.FromBase64String(userData.Base64));
        Assert.Equal(CloudConfig, UserDataText.Inflate([.. userData.Compressed]));
    }
}
