using System.Globalization;

namespace Infra.Policies.Rules;

/// <summary>How the capacity rules write amounts in findings: whole numbers with thousands separators, else two decimals.</summary>
internal static class CapacityNumbers
{
    private const decimal MiB = 1024m * 1024;

    private const decimal GiB = 1024 * MiB;

    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.InvariantCulture);

    /// <summary>CPU, <c>12.50 cores</c>.</summary>
    public static string Cores(decimal cores) => Number(cores) + " cores";

    /// <summary>Memory from bytes, <c>1,536 GiB</c>.</summary>
    public static string Gibibytes(decimal bytes) => Number(bytes / GiB) + " GiB";

    /// <summary>Memory from bytes, <c>128 MiB</c>.</summary>
    public static string Mebibytes(decimal bytes) => Number(bytes / MiB) + " MiB";
}
