using Infra.ControlPlane.Kubeadm;

namespace Infra.ControlPlane;

/// <summary>The kubeadm sections for the three control-plane components: size-derived flags, then hardening flags.</summary>
public static class ControlPlaneComponents
{
    /// <param name="tuning">The size-derived settings.</param>
    /// <param name="certSans">Extra serving-certificate names (e.g. the NLB's DNS name); none when null.</param>
    public static ApiServerComponent ApiServer(ControlPlaneTuning tuning, IReadOnlyList<string>? certSans = null)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return new ApiServerComponent
        {
            ExtraArgs = Combine(tuning.ApiServerArgs(), ControlPlaneHardening.ApiServerArgs()),
            ExtraVolumes = ControlPlaneHardening.ApiServerVolumes(),
            CertSans = certSans,
        };
    }

    public static ControlPlaneComponent ControllerManager(ControlPlaneTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return new ControlPlaneComponent { ExtraArgs = Combine(tuning.ControllerManagerArgs(), ControlPlaneHardening.ControllerManagerArgs()) };
    }

    public static ControlPlaneComponent Scheduler(ControlPlaneTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return new ControlPlaneComponent { ExtraArgs = Combine(tuning.SchedulerArgs(), ControlPlaneHardening.SchedulerArgs()) };
    }

    // v1beta4 allows a flag twice (the last wins), which would let one list silently undo the other: refuse it.
    private static List<Arg> Combine(IReadOnlyList<Arg> sized, IReadOnlyList<Arg> hardening)
    {
        var all = sized.Concat(hardening).ToList();
        var repeated = all.GroupBy(arg => arg.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"flag '--{repeated.Key}' is set twice: keep it in either the size-derived or the hardening list");
        }

        return all;
    }
}
