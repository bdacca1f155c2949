namespace Infra.Model;

/// <summary>
/// A Pulumi YAML built-in function, written as <c>{fn::name: argument}</c>. Only the functions
/// Pulumi YAML knows are constructible, through <see cref="Fn"/>.
/// </summary>
public sealed record FunctionCall(string Name, object Argument) : IDeployTimeValue
{
    public string Source => $"{Name}(...)";
}

/// <summary>The built-in functions of Pulumi YAML we use, with their exact spelling.</summary>
public static class Fn
{
    /// <summary>A string mixing literals and deploy-time values: <c>Fn.Interpolate($"{cluster.Name}-nodes")</c>.</summary>
    public static Expr<string> Interpolate(InterpolationHandler handler) => handler.Build();

    /// <summary>Marks a value secret: Pulumi encrypts it in state and masks it in output.</summary>
    public static Expr<T> Secret<T>(Expr<T> value) => Expr<T>.FromNode(new FunctionCall("fn::secret", value.Node));

    /// <summary>Serializes a structure (records, maps, lists, expressions) to JSON at deploy time.</summary>
    public static Expr<string> ToJson(object value) => Expr<string>.FromNode(new FunctionCall("fn::toJSON", value));

    /// <summary>Base64 of a string, e.g. for launch template user data.</summary>
    public static Expr<string> ToBase64(Expr<string> value) => Expr<string>.FromNode(new FunctionCall("fn::toBase64", value.Node));

    /// <summary>
    /// Calls a provider function (data source) and returns one field of its result, e.g.
    /// <c>aws:ssm/getParameter:getParameter</c> returning <c>value</c>.
    /// </summary>
    public static Expr<T> Invoke<T>(string function, object arguments, string returnField, Resource? provider = null)
    {
        var call = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["function"] = function,
            ["arguments"] = arguments,
            ["return"] = returnField,
        };
        if (provider is not null)
        {
            call["options"] = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["provider"] = new ResourceReference(provider) };
        }

        return Expr<T>.FromNode(new FunctionCall("fn::invoke", call));
    }
}
