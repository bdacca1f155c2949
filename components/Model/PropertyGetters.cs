using System.Reflection;

namespace Infra.Model;

/// <summary>
/// Typed getters for args record properties. Emitting a large program reads every property of every
/// record; <see cref="PropertyInfo.GetValue(object)"/> would box each <see cref="Expr{T}"/> and number
/// it returns, which at 20,000 resources is most of the emitter's garbage. These delegates return an
/// expression's node directly and reuse boxes for small integers.
/// </summary>
internal static class PropertyGetters
{
    private const int CachedIntegers = 1024;
    private static readonly object[] SmallIntegers = Enumerable.Range(0, CachedIntegers).Select(i => (object)i).ToArray();

    public static Func<object, object?> For(PropertyInfo property)
    {
        var type = property.PropertyType;
        var record = property.DeclaringType!;
        var getter = property.GetMethod!;
        var expression = Nullable.GetUnderlyingType(type) ?? type;
        var factory = (type, expression) switch
        {
            _ when !type.IsValueType => Make(nameof(ReferenceGetter), record, type),
            _ when expression.IsGenericType && expression.GetGenericTypeDefinition() == typeof(Expr<>) =>
                Make(type == expression ? nameof(ExprGetter) : nameof(OptionalExprGetter), record, expression.GetGenericArguments()[0]),
            _ when type == typeof(int) => Make(nameof(IntegerGetter), record),
            _ when type == typeof(int?) => Make(nameof(OptionalIntegerGetter), record),
            _ => null,
        };
        return factory is null ? property.GetValue : (Func<object, object?>)factory.Invoke(null, [getter])!;
    }

    private static MethodInfo Make(string name, params Type[] arguments) =>
        typeof(PropertyGetters).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(arguments);

    private static object Box(int value) => value is >= 0 and < CachedIntegers ? SmallIntegers[value] : value;

    private static Func<object, object?> ReferenceGetter<TRecord, TValue>(MethodInfo getter)
        where TValue : class
    {
        var get = getter.CreateDelegate<Func<TRecord, TValue?>>();
        return record => get((TRecord)record);
    }

    private static Func<object, object?> ExprGetter<TRecord, T>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TRecord, Expr<T>>>();
        return record => get((TRecord)record).Node;
    }

    private static Func<object, object?> OptionalExprGetter<TRecord, T>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TRecord, Expr<T>?>>();
        return record => get((TRecord)record)?.Node;
    }

    private static Func<object, object?> IntegerGetter<TRecord>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TRecord, int>>();
        return record => Box(get((TRecord)record));
    }

    private static Func<object, object?> OptionalIntegerGetter<TRecord>(MethodInfo getter)
    {
        var get = getter.CreateDelegate<Func<TRecord, int?>>();
        return record => get((TRecord)record) is { } value ? Box(value) : null;
    }
}
