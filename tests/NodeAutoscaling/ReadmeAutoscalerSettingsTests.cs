using Infra.NodeAutoscaling;
using Infra.Tests.Support;

namespace Infra.Tests.NodeAutoscaling;

public class ReadmeAutoscalerSettingsTests
{
    [Fact]
    public void The_readme_autoscaler_table_is_the_settings_rules_output()
    {
        ReadmeSection.AssertIs("autoscaler-settings", AutoscalerSettingsTable.Markdown());
    }
}
