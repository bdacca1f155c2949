namespace Infra.Tests.Conformance;

/// <summary>What kind of disagreement with the provider SDKs a problem is.</summary>
public enum ConformanceProblemKind
{
    /// <summary>No class of the installed SDKs answers to the resource's type token.</summary>
    UnknownTypeToken,

    /// <summary>The TypeScript compiler rejects the translated constructor call (unknown property, wrong type, missing required input, unknown output).</summary>
    TypeError,

    /// <summary>The program uses Pulumi YAML the translator cannot express, so it was not checked.</summary>
    Untranslatable,
}
