namespace Infra.Calico;

/// <summary>The <c>crd.projectcalico.org.v1</c> chart has no values (v3.32.1 values.yaml is empty): nothing to set.</summary>
public sealed record CalicoCrdsValues;
