using System.Globalization;

namespace Infra.Policies.Rules;

/// <summary>How the capacity rules write amounts in findings: whole numbers with thousands separators, else two decimals.</summary>
internal static class CapacityNumbers
{
    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.InvariantCulture);
}
