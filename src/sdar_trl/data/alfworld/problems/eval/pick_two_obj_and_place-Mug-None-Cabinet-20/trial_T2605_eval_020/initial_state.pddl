(define (problem plan_trial_T2605_eval_020)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
DishSpongeType - otype
MugType - otype
PlateType - otype
PotType - otype
PotatoType - otype
SaltShakerType - otype
SoapBottleType - otype
Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78 - object
Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16 - object
Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65 - object
SoapBottle_bar__minus_00_dot_10_bar__plus_01_dot_24_bar__plus_00_dot_64 - object
SaltShaker_bar__minus_00_dot_53_bar__plus_00_dot_14_bar__plus_01_dot_47 - object
Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69 - object
DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91 - object
Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78 - object
StoveBurner_bar__minus_00_dot_90_bar__minus_00_dot_09_bar__minus_02_dot_07 - receptacle
CounterTop_bar__plus_01_dot_72_bar__minus_00_dot_36_bar__plus_00_dot_02 - receptacle
Drawer_bar__plus_02_dot_55_bar__plus_02_dot_03_bar__plus_02_dot_08 - receptacle
DiningTable_bar__minus_02_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_71 - receptacle
Fridge_bar__minus_00_dot_83_bar__plus_00_dot_36_bar__minus_00_dot_41 - receptacle
Shelf_bar__plus_00_dot_17_bar__minus_00_dot_53_bar__plus_02_dot_47 - receptacle
GarbageCan_bar__minus_01_dot_40_bar__minus_00_dot_13_bar__plus_02_dot_95 - receptacle
Microwave_bar__minus_02_dot_80_bar__plus_02_dot_82_bar__minus_01_dot_21 - receptacle
CoffeeMachine_bar__minus_02_dot_79_bar__minus_02_dot_90_bar__minus_01_dot_91 - receptacle
Drawer_bar__plus_02_dot_24_bar__plus_02_dot_04_bar__minus_01_dot_08 - receptacle
Cabinet_bar__minus_01_dot_91_bar__minus_00_dot_98_bar__minus_02_dot_98 - receptacle
Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_06_bar__minus_01_dot_49 - receptacle
Cabinet_bar__plus_00_dot_38_bar__plus_02_dot_98_bar__plus_00_dot_47 - receptacle
CounterTop_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_00_dot_00 - receptacle
Sink_bar__plus_02_dot_90_bar__minus_00_dot_73_bar__minus_02_dot_38_bar_SinkBasin - receptacle
loc_bar_0_bar_9_bar_2_bar_0 - location
loc_bar_0_bar__minus_4_bar_1_bar_45 - location
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_4_bar_1_bar_1_bar_45 - location
loc_bar_5_bar_4_bar_0_bar_0 - location
loc_bar_5_bar_6_bar_3_bar_30 - location
loc_bar_7_bar__minus_4_bar_3_bar_45 - location
loc_bar__minus_1_bar_3_bar_3_bar_30 - location
loc_bar__minus_2_bar_1_bar_3_bar_60 - location
loc_bar__minus_4_bar_6_bar_1_bar_0 - location
loc_bar__minus_5_bar_7_bar_0_bar_45 - location
loc_bar__minus_5_bar_8_bar_3_bar_60 - location
loc_bar__minus_5_bar_9_bar_1_bar_45 - location
loc_bar__minus_6_bar__minus_2_bar_3_bar__minus_30 - location
loc_bar__minus_8_bar_5_bar_0_bar_60 - location
loc_bar__minus_8_bar__minus_7_bar_1_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType StoveBurner_bar__minus_00_dot_90_bar__minus_00_dot_09_bar__minus_02_dot_07 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_00_dot_90_bar__minus_00_dot_09_bar__minus_02_dot_07 loc_bar__minus_4_bar_6_bar_1_bar_0)
(receptacleType CounterTop_bar__plus_01_dot_72_bar__minus_00_dot_36_bar__plus_00_dot_02 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_01_dot_72_bar__minus_00_dot_36_bar__plus_00_dot_02 loc_bar__minus_1_bar_3_bar_3_bar_30)
(receptacleType Drawer_bar__plus_02_dot_55_bar__plus_02_dot_03_bar__plus_02_dot_08 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_55_bar__plus_02_dot_03_bar__plus_02_dot_08 loc_bar__minus_6_bar__minus_2_bar_3_bar__minus_30)
(openable Drawer_bar__plus_02_dot_55_bar__plus_02_dot_03_bar__plus_02_dot_08)
(receptacleType DiningTable_bar__minus_02_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_71 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_02_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_71 loc_bar_5_bar_6_bar_3_bar_30)
(receptacleType Fridge_bar__minus_00_dot_83_bar__plus_00_dot_36_bar__minus_00_dot_41 FridgeType)
(receptacleAtLocation Fridge_bar__minus_00_dot_83_bar__plus_00_dot_36_bar__minus_00_dot_41 loc_bar_7_bar__minus_4_bar_3_bar_45)
(openable Fridge_bar__minus_00_dot_83_bar__plus_00_dot_36_bar__minus_00_dot_41)
(receptacleType Shelf_bar__plus_00_dot_17_bar__minus_00_dot_53_bar__plus_02_dot_47 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_17_bar__minus_00_dot_53_bar__plus_02_dot_47 loc_bar__minus_8_bar_5_bar_0_bar_60)
(receptacleType GarbageCan_bar__minus_01_dot_40_bar__minus_00_dot_13_bar__plus_02_dot_95 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_40_bar__minus_00_dot_13_bar__plus_02_dot_95 loc_bar_4_bar_1_bar_1_bar_45)
(receptacleType Microwave_bar__minus_02_dot_80_bar__plus_02_dot_82_bar__minus_01_dot_21 MicrowaveType)
(receptacleAtLocation Microwave_bar__minus_02_dot_80_bar__plus_02_dot_82_bar__minus_01_dot_21 loc_bar__minus_5_bar_8_bar_3_bar_60)
(openable Microwave_bar__minus_02_dot_80_bar__plus_02_dot_82_bar__minus_01_dot_21)
(receptacleType CoffeeMachine_bar__minus_02_dot_79_bar__minus_02_dot_90_bar__minus_01_dot_91 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__minus_02_dot_79_bar__minus_02_dot_90_bar__minus_01_dot_91 loc_bar__minus_2_bar_1_bar_3_bar_60)
(receptacleType Drawer_bar__plus_02_dot_24_bar__plus_02_dot_04_bar__minus_01_dot_08 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_24_bar__plus_02_dot_04_bar__minus_01_dot_08 loc_bar_5_bar_4_bar_0_bar_0)
(openable Drawer_bar__plus_02_dot_24_bar__plus_02_dot_04_bar__minus_01_dot_08)
(receptacleType Cabinet_bar__minus_01_dot_91_bar__minus_00_dot_98_bar__minus_02_dot_98 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_01_dot_91_bar__minus_00_dot_98_bar__minus_02_dot_98 loc_bar_0_bar_9_bar_2_bar_0)
(openable Cabinet_bar__minus_01_dot_91_bar__minus_00_dot_98_bar__minus_02_dot_98)
(receptacleType Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_06_bar__minus_01_dot_49 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_06_bar__minus_01_dot_49 loc_bar__minus_5_bar_7_bar_0_bar_45)
(openable Cabinet_bar__plus_02_dot_88_bar__minus_01_dot_06_bar__minus_01_dot_49)
(receptacleType Cabinet_bar__plus_00_dot_38_bar__plus_02_dot_98_bar__plus_00_dot_47 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_38_bar__plus_02_dot_98_bar__plus_00_dot_47 loc_bar_0_bar__minus_4_bar_1_bar_45)
(openable Cabinet_bar__plus_00_dot_38_bar__plus_02_dot_98_bar__plus_00_dot_47)
(receptacleType CounterTop_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_00_dot_00 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_00_dot_29_bar__plus_00_dot_70_bar__minus_00_dot_00 loc_bar__minus_5_bar_9_bar_1_bar_45)
(receptacleType Sink_bar__plus_02_dot_90_bar__minus_00_dot_73_bar__minus_02_dot_38_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__plus_02_dot_90_bar__minus_00_dot_73_bar__minus_02_dot_38_bar_SinkBasin loc_bar__minus_8_bar__minus_7_bar_1_bar_0)
(canContain CabinetType DishSpongeType)
(canContain CabinetType MugType)
(canContain CabinetType PlateType)
(canContain CabinetType PotType)
(canContain CabinetType SaltShakerType)
(canContain CabinetType SoapBottleType)
(canContain CoffeeMachineType MugType)
(canContain CounterTopType DishSpongeType)
(canContain CounterTopType MugType)
(canContain CounterTopType PlateType)
(canContain CounterTopType PotType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SaltShakerType)
(canContain CounterTopType SoapBottleType)
(canContain DiningTableType DishSpongeType)
(canContain DiningTableType MugType)
(canContain DiningTableType PlateType)
(canContain DiningTableType PotType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SaltShakerType)
(canContain DiningTableType SoapBottleType)
(canContain DrawerType DishSpongeType)
(canContain DrawerType SaltShakerType)
(canContain DrawerType SoapBottleType)
(canContain FridgeType MugType)
(canContain FridgeType PlateType)
(canContain FridgeType PotType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType DishSpongeType)
(canContain GarbageCanType PotatoType)
(canContain GarbageCanType SoapBottleType)
(canContain MicrowaveType MugType)
(canContain MicrowaveType PlateType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType DishSpongeType)
(canContain ShelfType MugType)
(canContain ShelfType PlateType)
(canContain ShelfType PotType)
(canContain ShelfType SaltShakerType)
(canContain ShelfType SoapBottleType)
(canContain SinkBasinType DishSpongeType)
(canContain SinkBasinType MugType)
(canContain SinkBasinType PlateType)
(canContain SinkBasinType PotType)
(canContain SinkBasinType PotatoType)
(canContain StoveBurnerType PotType)
(objectType Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78 MugType)
(inReceptacle Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78 CoffeeMachine_bar__minus_02_dot_79_bar__minus_02_dot_90_bar__minus_01_dot_91)
(objectAtLocation Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78 loc_bar__minus_2_bar_1_bar_3_bar_60)
(pickupable Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78)
(heatable Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78)
(coolable Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78)
(cleanable Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78)
(isReceptacleObject Mug_bar__minus_00_dot_29_bar__plus_02_dot_51_bar__plus_02_dot_78)
(objectType Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16 MugType)
(inReceptacle Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16 CoffeeMachine_bar__minus_02_dot_79_bar__minus_02_dot_90_bar__minus_01_dot_91)
(objectAtLocation Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16 loc_bar__minus_2_bar_1_bar_3_bar_60)
(pickupable Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16)
(heatable Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16)
(coolable Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16)
(cleanable Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16)
(isReceptacleObject Mug_bar__plus_00_dot_31_bar__minus_01_dot_63_bar__minus_00_dot_16)
(objectType Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65 PotatoType)
(inReceptacle Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65 DiningTable_bar__minus_02_dot_17_bar__plus_01_dot_13_bar__plus_01_dot_71)
(objectAtLocation Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65 loc_bar_5_bar_6_bar_3_bar_30)
(pickupable Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65)
(heatable Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65)
(coolable Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65)
(cleanable Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65)
(sliceable Potato_bar__plus_02_dot_62_bar__minus_01_dot_17_bar__minus_00_dot_65)
(objectType SoapBottle_bar__minus_00_dot_10_bar__plus_01_dot_24_bar__plus_00_dot_64 SoapBottleType)
(inReceptacle SoapBottle_bar__minus_00_dot_10_bar__plus_01_dot_24_bar__plus_00_dot_64 Shelf_bar__plus_00_dot_17_bar__minus_00_dot_53_bar__plus_02_dot_47)
(objectAtLocation SoapBottle_bar__minus_00_dot_10_bar__plus_01_dot_24_bar__plus_00_dot_64 loc_bar__minus_8_bar_5_bar_0_bar_60)
(pickupable SoapBottle_bar__minus_00_dot_10_bar__plus_01_dot_24_bar__plus_00_dot_64)
(objectType SaltShaker_bar__minus_00_dot_53_bar__plus_00_dot_14_bar__plus_01_dot_47 SaltShakerType)
(inReceptacle SaltShaker_bar__minus_00_dot_53_bar__plus_00_dot_14_bar__plus_01_dot_47 Drawer_bar__plus_02_dot_24_bar__plus_02_dot_04_bar__minus_01_dot_08)
(objectAtLocation SaltShaker_bar__minus_00_dot_53_bar__plus_00_dot_14_bar__plus_01_dot_47 loc_bar_5_bar_4_bar_0_bar_0)
(pickupable SaltShaker_bar__minus_00_dot_53_bar__plus_00_dot_14_bar__plus_01_dot_47)
(objectType Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69 PlateType)
(inReceptacle Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69 Shelf_bar__plus_00_dot_17_bar__minus_00_dot_53_bar__plus_02_dot_47)
(objectAtLocation Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69 loc_bar__minus_8_bar_5_bar_0_bar_60)
(pickupable Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69)
(heatable Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69)
(coolable Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69)
(cleanable Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69)
(isReceptacleObject Plate_bar__minus_01_dot_28_bar__plus_02_dot_37_bar__plus_00_dot_69)
(objectType DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91 DishSpongeType)
(inReceptacle DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91 CounterTop_bar__plus_01_dot_72_bar__minus_00_dot_36_bar__plus_00_dot_02)
(objectAtLocation DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91 loc_bar__minus_1_bar_3_bar_3_bar_30)
(pickupable DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91)
(cleanable DishSponge_bar__plus_01_dot_11_bar__minus_00_dot_26_bar__minus_02_dot_91)
(objectType Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78 PotType)
(inReceptacle Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78 Sink_bar__plus_02_dot_90_bar__minus_00_dot_73_bar__minus_02_dot_38_bar_SinkBasin)
(objectAtLocation Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78 loc_bar__minus_8_bar__minus_7_bar_1_bar_0)
(pickupable Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78)
(coolable Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78)
(cleanable Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78)
(isReceptacleObject Pot_bar__minus_02_dot_31_bar__minus_00_dot_92_bar__plus_02_dot_78)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 MugType)
                                    (receptacleType ?r CabinetType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 MugType)
                                            (receptacleType ?r CabinetType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
